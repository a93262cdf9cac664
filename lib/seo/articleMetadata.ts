import type { Metadata } from 'next'
import { plainText } from '../content/portableTextPlainText'
import type { Article } from '../sanity/queries/article'
import type { SiteSettings } from '../sanity/queries/settings'
import { absoluteUrl } from '../navigation/siteUrl'
import { pickDescription } from './description'
import { pageMetadata } from './pageMetadata'
import { pathsFor } from '../navigation/paths'
import { servedImage, type ServedImage } from './servedImage'
import { articleCardPath, SOCIAL_CARD_SIZE } from './socialCard'

/** The article's description: the editor's meta description, else the excerpt, else the trimmed intro. */
export function articleDescription(article: Article): string | undefined {
  return pickDescription([article.seo?.metaDescription, article.excerpt], plainText(article.intro))
}

export function articleTitle(article: Article): string {
  return article.seo?.metaTitle?.trim() || article.title
}

/** When the article was last changed in substance: the editor's update date, else publication. */
export function articleModifiedAt(article: Pick<Article, 'publishedAt' | 'updatedAt'>): string {
  return article.updatedAt || article.publishedAt
}

/**
 * The image shared with the link: the social image an editor chose, else the generated card
 * with the title and clinic name (which carries the main image when there is one).
 */
export function articleSocialImage(article: Article, settings: SiteSettings): ServedImage {
  if (article.seo?.ogImage) return servedImage(article.seo.ogImage, SOCIAL_CARD_SIZE.width, article.title)
  return {
    url: absoluteUrl(articleCardPath(article.slug, article.language)),
    ...SOCIAL_CARD_SIZE,
    alt: `${article.title} – ${settings.clinicName}`,
  }
}

/** Metadata of an article page: the shared page metadata plus Open Graph article facts and the author. */
export function articleMetadata(article: Article, settings: SiteSettings, { draft = false } = {}): Metadata {
  const title = articleTitle(article)
  const base = pageMetadata({
    title,
    description: articleDescription(article),
    path: pathsFor(article.language).article(article.slug),
    settings,
    noindex: Boolean(article.seo?.noindex),
    draft,
    canonicalUrl: article.seo?.canonicalUrl,
    image: articleSocialImage(article, settings),
  })
  const authorUrl = absoluteUrl(pathsFor(article.language).author(article.author.slug))
  return {
    ...base,
    authors: [{ name: article.author.name, url: authorUrl }],
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: articleModifiedAt(article),
      authors: [authorUrl],
      section: article.topics[0]?.title,
      tags: article.topics.map((topic) => topic.title),
    },
  }
}
