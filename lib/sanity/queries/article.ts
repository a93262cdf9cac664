import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import {
  articleCardSchema,
  compactList,
  imageSchema,
  optionalImageSchema,
  personRefSchema,
  portableTextSchema,
  topicRefSchema,
  webUrlSchema,
} from '../schemas/common'
import { parseDocument } from '../validate'
import { numberCitations } from '../../content/citations'
import { reviewIntervalMonths } from '../../content/reviewStatus'
import {
  articleCardFields,
  imageFields,
  listedArticleFilter,
  personRefFields,
  portableTextFields,
  topicRefFields,
  topicRelatedCandidates,
  articleTranslationLinks,
} from './fragments'
import { storedLanguageSchema, translationLinksSchema } from '../schemas/translations'
import { DEFAULT_LANGUAGE, IN_DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

// Everything the article page shows, related articles included, in one round trip.
export const articleQuery = defineQuery(`
  *[${listedArticleFilter} && slug.current == $slug && ${IN_LANGUAGE}][0]{
    _id,
    _updatedAt,
    language,
    "translations": ${articleTranslationLinks},
    title,
    "slug": slug.current,
    excerpt,
    publishedAt,
    updatedAt,
    reviewedAt,
    reviewNeedsConfirmation,
    "reviewIntervalMonths": {
      "topics": topics[]->reviewIntervalMonths,
      "site": *[_type == "siteSettings" && ${IN_DEFAULT_LANGUAGE}][0].reviewIntervalMonths
    },
    "author": author->{ ${personRefFields} },
    "medicalReviewer": medicalReviewer->{ ${personRefFields} },
    "topics": topics[]->{ ${topicRefFields} },
    "mainImage": mainImage{ ${imageFields} },
    "intro": intro[]{ ${portableTextFields} },
    "sections": sections[]{
      _key,
      heading,
      "anchor": anchor.current,
      anchorAliases,
      "body": body[]{ ${portableTextFields} },
      "takeaway": takeaway->{ _id, text }
    },
    faqTitle,
    "faqs": faqs[]->{ _id, question, "answer": answer[]{ ${portableTextFields} } },
    "conclusion": conclusion[]{ ${portableTextFields} },
    "sources": sources[]{ _key, title, url, publisher },
    "seo": seo{ metaTitle, metaDescription, noindex, canonicalUrl, "ogImage": ogImage{ ${imageFields} } },
    "manualRelated": (related[]->)[${listedArticleFilter}]{ ${articleCardFields} },
    "topicRelated": ${topicRelatedCandidates}{ ${articleCardFields} }
  }
`)

const sectionSchema = z.object({
  _key: z.string(),
  heading: z.string().min(1),
  anchor: z.string().min(1),
  anchorAliases: z.array(z.string()).nullish(),
  body: portableTextSchema.nullish().transform((body) => body ?? []),
  takeaway: z.object({ _id: z.string(), text: z.string().min(1) }).nullish(),
})

const faqSchema = z.object({
  _id: z.string(),
  question: z.string().min(1),
  answer: portableTextSchema.nullish().transform((answer) => answer ?? []),
})

export const articleSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string().nullish(),
  language: storedLanguageSchema,
  translations: translationLinksSchema,
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().nullish(),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  reviewedAt: z.string().nullish(),
  reviewNeedsConfirmation: z.boolean().nullish(),
  // The interval after which the review is due again (lib/content/reviewStatus).
  reviewIntervalMonths: z
    .object({ topics: z.array(z.number().nullable()).nullish(), site: z.number().nullish() })
    .nullish()
    .transform((months) => reviewIntervalMonths(months?.topics, months?.site)),
  author: personRefSchema,
  medicalReviewer: personRefSchema.nullish(),
  topics: compactList(topicRefSchema),
  mainImage: optionalImageSchema,
  intro: portableTextSchema.nullish().transform((intro) => intro ?? []),
  // A short article (an imported post without headings) has no sections: its intro is the text.
  sections: z
    .array(sectionSchema)
    .nullish()
    .transform((sections) => sections ?? []),
  faqTitle: z.string().nullish(),
  faqs: compactList(faqSchema),
  conclusion: portableTextSchema.nullish().transform((conclusion) => conclusion ?? []),
  sources: z
    .array(
      z.object({ _key: z.string(), title: z.string(), url: z.string().nullish(), publisher: z.string().nullish() }),
    )
    .nullish()
    .transform((sources) => sources ?? []),
  seo: z
    .object({
      metaTitle: z.string().nullish(),
      metaDescription: z.string().nullish(),
      noindex: z.boolean().nullish(),
      canonicalUrl: webUrlSchema,
      ogImage: imageSchema.nullish(),
    })
    .nullish(),
  manualRelated: compactList(articleCardSchema),
  topicRelated: compactList(articleCardSchema),
})
export type Article = z.infer<typeof articleSchema>
export type ArticleSection = Article['sections'][number]
export type ArticleFaq = Article['faqs'][number]

/** The article with this slug, or null when there is none or it cannot be rendered. */
export async function getArticle(slug: string, language: Language = DEFAULT_LANGUAGE): Promise<Article | null> {
  const data = await sanityFetch({
    query: articleQuery,
    params: { slug, ...languageParams(language) },
    tags: [tags.article(slug), tags.settings, tags.topicList],
  })
  const article = parseDocument(articleSchema, data, 'articleQuery')
  if (article) reportDanglingCitations(article)
  return article
}

// A citation whose source was removed still shows its text, without a number: the editor learns
// of it here, reported like a malformed block.
function reportDanglingCitations(article: Article): void {
  const { dangling } = numberCitations(article)
  if (dangling.length === 0) return
  const found = dangling.map(({ path, sourceKey }) => `${path} (citation of missing source "${sourceKey}")`)
  console.warn(`[content] articleQuery: document ${article._id}: ${found.join('; ')}`)
}
