import { defineQuery } from 'groq'
import { cache } from 'react'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { articleCardSchema, compactList } from '../schemas/common'
import { faqWithArticlesSchema } from '../schemas/faqWithArticles'
import { pageLinkSchema, type PageLink } from '../schemas/pageLink'
import { parseDocument } from '../validate'
import { articleCardFields, listedArticleFilter, portableTextFields, topicTranslationLinks } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'
import { storedLanguageSchema, translationLinksSchema } from '../schemas/translations'

// A topic page: the topic, its articles (newest first), the key takeaways tagged with it and
// the FAQs tagged with it, each with the article it comes from so the reader can go on there;
// and where it sits among topics: its parent and its sub-topics (WordPress's category tree).
// A takeaway that no published article uses has nowhere to lead the reader, so it is left out.
export const topicQuery = defineQuery(`
  *[_type == "topic" && slug.current == $slug && ${IN_LANGUAGE}][0]{
    _id,
    language,
    "translations": ${topicTranslationLinks},
    title,
    "slug": slug.current,
    description,
    showCrisisResources,
    "parent": parent->{ title, "slug": slug.current },
    "subtopics": *[_type == "topic" && parent._ref == ^._id && defined(slug.current)] | order(title asc){ title, "slug": slug.current },
    "articles": *[${listedArticleFilter} && references(^._id)] | order(publishedAt desc, _id asc){ ${articleCardFields} },
    "takeaways": *[_type == "takeaway" && references(^._id)]{
      _id,
      text,
      "article": *[${listedArticleFilter} && ^._id in sections[].takeaway._ref][0]{
        title,
        "slug": slug.current,
        publishedAt,
        "anchor": sections[takeaway._ref == ^.^._id][0].anchor.current
      }
    }[defined(article)] | order(article.publishedAt desc, _id asc),
    "faqs": *[_type == "faq" && references(^._id)] | order(question asc){
      _id,
      question,
      "answer": answer[]{ ${portableTextFields} },
      "articles": *[${listedArticleFilter} && references(^._id)] | order(publishedAt desc){ title, "slug": slug.current }
    }
  }
`)

export const topicTakeawaySchema = z.object({
  _id: z.string(),
  text: z.string().min(1),
  article: pageLinkSchema.extend({ anchor: z.string().nullish() }),
})

export type TopicLink = PageLink

export const topicSchema = pageLinkSchema.extend({
  _id: z.string(),
  language: storedLanguageSchema,
  translations: translationLinksSchema,
  description: z.string().nullish(),
  showCrisisResources: z.boolean().nullish(),
  // A parent that is deleted, unpublished or malformed is only not shown: the topic page stays.
  parent: pageLinkSchema.nullish().catch(null),
  subtopics: compactList(pageLinkSchema),
  articles: compactList(articleCardSchema, 'topicQuery.articles'),
  takeaways: compactList(topicTakeawaySchema, 'topicQuery.takeaways'),
  faqs: compactList(faqWithArticlesSchema, 'topicQuery.faqs'),
})

/**
 * The topic with this slug, with its articles, takeaways and FAQs; null when there is none.
 * Cached per request: the page and its metadata both ask for it.
 */
export const getTopic = cache(async (slug: string, language: Language = DEFAULT_LANGUAGE) => {
  // The topic list tag: a change to another topic (this one's parent, or a new sub-topic) shows here too.
  const data = await sanityFetch({
    query: topicQuery,
    params: { slug, ...languageParams(language) },
    tags: [tags.topic(slug), tags.topicList, tags.articleList],
  })
  return parseDocument(topicSchema, data, 'topicQuery')
})
export type Topic = NonNullable<Awaited<ReturnType<typeof getTopic>>>
export type TopicTakeaway = Topic['takeaways'][number]
