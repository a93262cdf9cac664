import { uniqueAnchors } from './anchors'
import type { AssetCollector, SanityAssetField } from './assets'
import { excerptFrom } from './excerpt'
import { articleId, faqId, personId, takeawayId, topicId } from './ids'
import { itemKey, keyContent } from './keys'
import type { ParsedPost } from './parsed-post'
import { blockText, type ParsedContent, type ParsedImage, type TextBlock } from './portable-text'
import type { ArticleStructure } from './structure'

export interface Reference {
  _type: 'reference'
  _ref: string
  _key?: string
}

export interface SlugField {
  _type: 'slug'
  current: string
}

export interface ImageBlock {
  _type: 'image'
  _key: string
  asset?: SanityAssetField
  alt: string
  caption?: string
}

export type Block = TextBlock | ImageBlock

export interface ImageField {
  _type: 'image'
  asset: SanityAssetField
  alt: string
}

export interface SectionObject {
  _type: 'section'
  _key: string
  heading: string
  anchor: SlugField
  anchorAliases?: string[]
  body: Block[]
  takeaway?: Reference
}

export interface ArticleDocument {
  _id: string
  _type: 'article'
  title: string
  slug: SlugField
  excerpt: string
  publishedAt?: string
  updatedAt?: string
  author?: Reference
  topics?: Reference[]
  mainImage?: ImageField
  intro: Block[]
  sections: SectionObject[]
  faqTitle?: string
  faqs?: Reference[]
  conclusion?: Block[]
  legacyUrls?: string[]
}

export interface TakeawayDocument {
  _id: string
  _type: 'takeaway'
  text: string
  topics?: Reference[]
}

export interface FaqDocument {
  _id: string
  _type: 'faq'
  question: string
  answer: Block[]
  topics?: Reference[]
}

export type ArticleDocuments = { article: ArticleDocument; takeaways: TakeawayDocument[]; faqs: FaqDocument[]; warnings: string[] }

const MAX_TAKEAWAY = 300

const reference = (id: string, key?: string): Reference => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })

async function resolveImage(image: ParsedImage, assets: AssetCollector): Promise<ImageBlock> {
  const { source, ...rest } = image
  return source ? { ...rest, asset: await assets.resolve(source) } : rest
}

async function resolveContent(content: ParsedContent[], assets: AssetCollector): Promise<Block[]> {
  return Promise.all(keyContent(content).map((item) => (item._type === 'image' ? resolveImage(item, assets) : item)))
}

function plainText(content: ParsedContent[]): string {
  return content.flatMap((item) => (item._type === 'block' && item.style === 'normal' ? [blockText(item)] : [])).join(' ')
}

/** Turns a post and its detected structure into the article, takeaway and FAQ documents. */
export async function buildArticleDocuments(post: ParsedPost, structure: ArticleStructure, assets: AssetCollector): Promise<ArticleDocuments> {
  const { slug, meta } = post
  const warnings = [...structure.warnings]
  const topics = meta.topics?.map((topic, index) => reference(topicId(topic), itemKey('topic', index)))
  const withTopics = topics && topics.length > 0 ? { topics } : {}
  if (!meta.publishedAt) warnings.push('no publication date')
  if (!meta.author) warnings.push('no author')
  if (!topics?.length) warnings.push('no topics')

  const takeaways: TakeawayDocument[] = []
  const anchors = uniqueAnchors(structure.sections.map((section) => section.heading))
  const sections = await Promise.all(
    structure.sections.map(async (section, index): Promise<SectionObject> => {
      let takeaway: Reference | undefined
      if (section.takeaway !== undefined) {
        const id = takeawayId(slug, takeaways.length + 1)
        if (section.takeaway.length > MAX_TAKEAWAY) {
          warnings.push(`the key takeaway of "${section.heading}" has ${section.takeaway.length} characters (at most ${MAX_TAKEAWAY} fit the summary box)`)
        }
        takeaways.push({ _id: id, _type: 'takeaway', text: section.takeaway, ...withTopics })
        takeaway = reference(id)
      }
      return {
        _type: 'section',
        _key: itemKey('section', index),
        heading: section.heading,
        anchor: { _type: 'slug', current: anchors[index] as string },
        ...(section.aliases.length > 0 ? { anchorAliases: [...new Set(section.aliases)] } : {}),
        body: await resolveContent(section.body, assets),
        ...(takeaway ? { takeaway } : {}),
      }
    }),
  )

  const faqs = await Promise.all(
    structure.faqs.map(
      async (faq, index): Promise<FaqDocument> => ({
        _id: faqId(slug, index + 1),
        _type: 'faq',
        question: faq.question,
        answer: await resolveContent(faq.answer, assets),
        ...withTopics,
      }),
    ),
  )

  const mainImage = meta.mainImage?.source
    ? { _type: 'image' as const, asset: await assets.resolve(meta.mainImage.source), alt: meta.mainImage.alt }
    : undefined
  const conclusion = await resolveContent(structure.conclusion, assets)
  // An old path equal to the new one would redirect to itself.
  const legacyUrls = [...new Set(meta.legacyUrls ?? [])].filter((path) => path.replace(/\/+$/, '') !== `/blog/${slug}`)
  const article: ArticleDocument = {
    _id: articleId(slug),
    _type: 'article',
    title: post.title,
    slug: { _type: 'slug', current: slug },
    excerpt: meta.excerpt || excerptFrom(plainText(structure.intro) || plainText(structure.sections[0]?.body ?? [])),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    ...(meta.updatedAt ? { updatedAt: meta.updatedAt } : {}),
    ...(meta.author ? { author: reference(personId(meta.author)) } : {}),
    ...withTopics,
    ...(mainImage ? { mainImage } : {}),
    intro: await resolveContent(structure.intro, assets),
    sections,
    ...(faqs.length > 0 && structure.faqTitle ? { faqTitle: structure.faqTitle } : {}),
    ...(faqs.length > 0 ? { faqs: faqs.map((faq, index) => reference(faq._id, itemKey('faq', index))) } : {}),
    ...(conclusion.length > 0 ? { conclusion } : {}),
    ...(legacyUrls.length > 0 ? { legacyUrls } : {}),
  }
  return { article, takeaways, faqs, warnings }
}
