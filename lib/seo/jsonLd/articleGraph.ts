import type { BlogPosting, CreativeWork, Graph, ImageObject } from 'schema-dts'
import { articlePlainText } from '../../content/articlePlainText'
import { countWords, readingMinutes } from '../../content/readingTime'
import type { Article } from '../../sanity/queries/article'
import type { SiteSettings } from '../../sanity/queries/settings'
import { absoluteUrl } from '../../navigation/siteUrl'
import { articleDescription, articleModifiedAt, articleSocialImage } from '../articleMetadata'
import { pathsFor } from '../../navigation/paths'
import { DEFAULT_LANGUAGE } from '../../i18n/languages'
import { messages } from '../../i18n/messages'
import { servedImage, type ServedImage } from '../servedImage'
import { articleCardPath, SOCIAL_CARD_SIZE } from '../socialCard'
import type { BreadcrumbTrail } from '../../navigation/breadcrumbs'
import { breadcrumbNode } from './breadcrumbs'
import { faqNode } from './faq'
import { jsonLdGraph } from './graph'
import { ids } from './ids'
import { imageObject } from './imageObject'
import { personNode } from './person'
import { clinicNode, websiteNode } from './site'
import { webPageNode } from './webPage'

// Google asks for article images at least 1200 px wide for large previews.
const ARTICLE_IMAGE_WIDTH = 1200

/** Every image that represents the article, the main image first, each once. */
function articleImages(article: Article, settings: SiteSettings): ServedImage[] {
  const card: ServedImage = {
    url: absoluteUrl(articleCardPath(article.slug, article.language)),
    ...SOCIAL_CARD_SIZE,
    alt: `${article.title} – ${settings.clinicName}`,
  }
  const main = article.mainImage ? servedImage(article.mainImage, ARTICLE_IMAGE_WIDTH, article.title) : null
  const images = [main, articleSocialImage(article, settings), card].filter(
    (image): image is ServedImage => image !== null,
  )
  return images.filter((image, index) => images.findIndex((other) => other.url === image.url) === index)
}

function citations(article: Article): CreativeWork[] {
  return article.sources.map((source) => ({
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
  }))
}

/**
 * The article's links to its translations in published languages: an original names each
 * translation (workTranslation), a translation names the default language's original
 * (translationOfWork). Each side is the other's page's BlogPosting node.
 */
function translationLinks(
  article: Article,
  settings: SiteSettings,
): Pick<BlogPosting, 'workTranslation' | 'translationOfWork'> {
  const versions = article.translations
    .filter((version) => version.language !== article.language && settings.languages.includes(version.language))
    .map((version) => {
      const url = absoluteUrl(pathsFor(version.language).article(version.slug))
      return { '@type': 'BlogPosting' as const, '@id': ids.article(url), url, inLanguage: version.language }
    })
  if (versions.length === 0) return {}
  if (article.language === DEFAULT_LANGUAGE) return { workTranslation: versions }
  const original = versions.find((version) => version.inLanguage === DEFAULT_LANGUAGE)
  return original ? { translationOfWork: original } : {}
}

/**
 * The article page's structured data: the site and clinic, the page as a MedicalWebPage
 * (reviewed by a clinician when one is set), the BlogPosting with its author, the breadcrumb
 * trail the page shows, and its FAQs.
 */
export function articleGraph(article: Article, settings: SiteSettings, trail: BreadcrumbTrail): Graph {
  const url = absoluteUrl(pathsFor(article.language).article(article.slug))
  const description = articleDescription(article)
  const modified = articleModifiedAt(article)
  const wordCount = countWords(articlePlainText(article))
  const topics = article.topics.map((topic) => topic.title)
  const [primary, ...otherImages] = articleImages(article, settings)
  const primaryImage: ImageObject | null = primary ? imageObject(primary, ids.primaryImage(url)) : null
  const reviewer = article.medicalReviewer

  const page = webPageNode({
    type: 'MedicalWebPage',
    inLanguage: article.language,
    url,
    name: article.title,
    description,
    hasBreadcrumb: trail.length > 0,
    about: article.topics,
    primaryImageId: primaryImage ? ids.primaryImage(url) : undefined,
    mainEntityId: ids.article(url),
    datePublished: article.publishedAt,
    dateModified: modified,
    reviewedById: reviewer ? ids.person(reviewer.slug) : undefined,
    lastReviewed: article.reviewedAt ?? undefined,
  })

  const posting: BlogPosting = {
    '@type': 'BlogPosting',
    '@id': ids.article(url),
    url,
    headline: article.title,
    ...(description ? { description } : {}),
    image: [
      ...(primaryImage ? [{ '@id': ids.primaryImage(url) }] : []),
      ...otherImages.map((image) => imageObject(image)),
    ],
    datePublished: article.publishedAt,
    dateModified: modified,
    author: { '@id': ids.person(article.author.slug) },
    publisher: { '@id': ids.organization },
    mainEntityOfPage: { '@id': ids.webPage(url) },
    isPartOf: { '@id': ids.website },
    wordCount,
    timeRequired: `PT${readingMinutes(wordCount)}M`,
    articleSection: topics,
    keywords: topics,
    inLanguage: article.language,
    ...translationLinks(article, settings),
    isAccessibleForFree: true,
    ...(article.sources.length > 0 ? { citation: citations(article) } : {}),
  }

  return jsonLdGraph([
    websiteNode(settings),
    clinicNode(settings),
    page,
    primaryImage,
    posting,
    personNode(article.author),
    reviewer && reviewer.slug !== article.author.slug ? personNode(reviewer) : null,
    trail.length > 0 ? breadcrumbNode(url, trail) : null,
    faqNode(url, article.faqTitle || messages(article.language).article.faqTitle, article.faqs, article.language),
  ])
}
