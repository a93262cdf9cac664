import { uniqueAnchors } from './anchors'
import type { AssetCollector, SanityAssetField } from './assets'
import { excerptFrom } from './excerpt'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { articleId, faqId, personId, takeawayId, topicId } from './ids'
import { articlePath } from './newPaths'
import { itemKey, keyContent } from './keys'
import type { ParsedPost } from './parsedPost'
import type { Article, BlockContent, Faq, SanityImageAssetReference, Takeaway } from '../../sanity.types'
import { cutAtWord, plainText as plainTextOf } from './htmlToPlainText'
import { blockText, type ParsedContent, type ParsedImage } from './portableText'
import type { ArticleStructure } from './structure'

type System = '_createdAt' | '_updatedAt' | '_rev'
type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> }

/**
 * A generated type as the importer writes it: in the export format an image's asset is a
 * `_sanityAsset` placeholder (resolved by `sanity dataset import` or the upload), not a reference.
 */
export type Exported<T> = T extends SanityImageAssetReference
  ? SanityAssetField
  : T extends Array<infer Item>
    ? Array<Exported<Item>>
    : T extends object
      ? { [K in keyof T]: Exported<T[K]> }
      : T

export interface Reference {
  _type: 'reference'
  _ref: string
}
/** A reference as an array item: arrays of references need keys. */
export type KeyedReference = Reference & { _key: string }

export type SlugField = { _type: 'slug'; current: string }

/** One member of rich text (intro, section body, conclusion, FAQ answer) as written. */
export type Block = Exported<BlockContent[number]>
export type ImageBlock = Extract<Block, { _type: 'image' }>
export type ImageField = Filled<Exported<NonNullable<Article['mainImage']>>, 'asset' | 'alt'>

export type SectionObject = Omit<
  Filled<Exported<NonNullable<Article['sections']>[number]>, 'heading' | 'body'>,
  'anchor'
> & { anchor: SlugField }

/** Every document the importer writes of a translated type says its language (contract of the Spanish edition). */
type WithLanguage = { language: Language }

export type ArticleDocument = Omit<
  Filled<Exported<Omit<Article, System>>, 'title' | 'excerpt' | 'intro' | 'sections'>,
  'slug' | 'sections' | 'language'
> & {
  slug: SlugField
  sections: SectionObject[]
} & WithLanguage
export type TakeawayDocument = Omit<Filled<Exported<Omit<Takeaway, System>>, 'text'>, 'language'> & WithLanguage
export type FaqDocument = Omit<Filled<Exported<Omit<Faq, System>>, 'question' | 'answer'>, 'language'> & WithLanguage

export type ArticleDocuments = {
  article: ArticleDocument
  takeaways: TakeawayDocument[]
  faqs: FaqDocument[]
  warnings: string[]
  /** A translation's default-language article slug (sidecar `translationOf`), for the translation metadata. */
  translationOf?: string
}

export interface BuildOptions {
  /**
   * The id of a topic the post names by slug. A sidecar names existing topic documents, so by
   * default `topic-<slug>` whatever the language (Spanish topics have their own slugs); a WXR
   * import creates its topics per language and passes the language's ids.
   */
  topicId?: (slug: string) => string
}

const MAX_TAKEAWAY = 300

const reference = (id: string): Reference => ({ _type: 'reference', _ref: id })
const keyedReference = (id: string, key: string): KeyedReference => ({ _type: 'reference', _ref: id, _key: key })

async function resolveImage(image: ParsedImage, assets: AssetCollector): Promise<ImageBlock> {
  const { source, ...rest } = image
  return source ? { ...rest, asset: await assets.resolve(source) } : rest
}

async function resolveItem(item: ParsedContent, assets: AssetCollector): Promise<Block> {
  if (item._type === 'image') return resolveImage(item, assets)
  if (item._type === 'gallery')
    return { ...item, images: await Promise.all(item.images.map((image) => resolveImage(image, assets))) }
  return item
}

async function resolveContent(content: ParsedContent[], assets: AssetCollector): Promise<Block[]> {
  return Promise.all(keyContent(content).map((item) => resolveItem(item, assets)))
}

function plainText(content: ParsedContent[]): string {
  return content
    .flatMap((item) => (item._type === 'block' && item.style === 'normal' ? [blockText(item)] : []))
    .join(' ')
}

/** Turns a post and its detected structure into the article, takeaway and FAQ documents. */
export async function buildArticleDocuments(
  post: ParsedPost,
  structure: ArticleStructure,
  assets: AssetCollector,
  options: BuildOptions = {},
): Promise<ArticleDocuments> {
  const { slug, meta } = post
  const language = meta.language ?? DEFAULT_LANGUAGE
  const topicRef = options.topicId ?? ((topic: string) => topicId(topic))
  const warnings = [...structure.warnings]
  const topics = meta.topics?.map((topic, index) => keyedReference(topicRef(topic), itemKey('topic', index)))
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
        const id = takeawayId(slug, takeaways.length + 1, language)
        if (section.takeaway.length > MAX_TAKEAWAY) {
          warnings.push(
            `the key takeaway of "${section.heading}" has ${section.takeaway.length} characters (at most ${MAX_TAKEAWAY} fit the summary box)`,
          )
        }
        takeaways.push({ _id: id, _type: 'takeaway', language, text: section.takeaway, ...withTopics })
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
    structure.faqs.map(async (faq, index): Promise<FaqDocument> => ({
      _id: faqId(slug, index + 1, language),
      _type: 'faq',
      language,
      question: faq.question,
      answer: await resolveContent(faq.answer, assets),
      ...withTopics,
    })),
  )

  const mainImage = meta.mainImage?.source
    ? { _type: 'image' as const, asset: await assets.resolve(meta.mainImage.source), alt: meta.mainImage.alt }
    : undefined
  const conclusion = await resolveContent(structure.conclusion, assets)
  // An old path equal to the new one would redirect to itself.
  const legacyUrls = [...new Set(meta.legacyUrls ?? [])].filter(
    (path) => path.replace(/\/+$/, '') !== articlePath(slug, language),
  )
  const article: ArticleDocument = {
    _id: articleId(slug, language),
    _type: 'article',
    language,
    title: plainTextOf(post.title),
    slug: { _type: 'slug', current: slug },
    excerpt: cutAtWord(
      plainTextOf(meta.excerpt ?? '') ||
        excerptFrom(plainText(structure.intro) || plainText(structure.sections[0]?.body ?? [])),
    ),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    ...(meta.updatedAt ? { updatedAt: meta.updatedAt } : {}),
    ...(meta.author ? { author: reference(personId(meta.author)) } : {}),
    ...withTopics,
    ...(mainImage ? { mainImage } : {}),
    intro: await resolveContent(structure.intro, assets),
    sections,
    ...(faqs.length > 0 && structure.faqTitle ? { faqTitle: structure.faqTitle } : {}),
    ...(faqs.length > 0 ? { faqs: faqs.map((faq, index) => keyedReference(faq._id, itemKey('faq', index))) } : {}),
    ...(conclusion.length > 0 ? { conclusion } : {}),
    ...(legacyUrls.length > 0 ? { legacyUrls } : {}),
  }
  return { article, takeaways, faqs, warnings, ...(meta.translationOf ? { translationOf: meta.translationOf } : {}) }
}
