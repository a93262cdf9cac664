import { Feed, type Item } from 'feed'
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages'
import { messages } from '../../i18n/messages'
import { pathsFor } from '../../navigation/paths'
import { plainText } from '../../content/portableTextPlainText'
import type { FeedArticle } from '../../sanity/queries/feed'
import type { SiteSettings } from '../../sanity/queries/settings'
import { absoluteUrl } from '../../navigation/siteUrl'
import { articleModifiedAt } from '../articleMetadata'
import { crawlerPaths } from '../crawlerPaths'
import { servedImage } from '../servedImage'
import { latest } from '../sitemap/lastModified'
import { feedSafe } from './feedSafe'
import { escapeHtml } from './html'

export type FeedFormat = 'rss' | 'atom'

// The opening of the Atom document's root element, as the feed package writes it.
const ATOM_ROOT = /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/

// Wide enough for reading panes, small enough for feed readers' caches.
const FEED_IMAGE_WIDTH = 800

// The feed's own sentences, per language (typed by the languages, so a new one needs its text).
// "Key takeaways" is the article page's heading, from the catalogue.
const FEED_TEXT: Record<Language, { description: (clinicName: string) => string; readMore: string }> = {
  en: {
    description: (clinicName) => `The latest articles from the ${clinicName} blog.`,
    readMore: 'Read the full article',
  },
  es: {
    description: (clinicName) => `Los artículos más recientes del blog de ${clinicName}.`,
    readMore: 'Leer el artículo completo',
  },
}

/** The summary readers see: the excerpt in full, else the meta description, else the whole intro. */
export function feedSummary(article: FeedArticle): string {
  return (
    [article.excerpt, article.metaDescription, plainText(article.intro)].map((text) => text?.trim()).find(Boolean) ??
    article.title
  )
}

/** The entry's body: the summary, the main image, the key takeaways and a link to the article. */
function contentHtml(article: FeedArticle, url: string, language: Language): string {
  const image = article.mainImage ? servedImage(article.mainImage, FEED_IMAGE_WIDTH, article.title) : null
  const takeaways = article.takeaways.map((text) => `<li>${escapeHtml(text)}</li>`).join('')
  return [
    `<p>${escapeHtml(feedSummary(article))}</p>`,
    image
      ? `<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"></p>`
      : '',
    takeaways ? `<h2>${escapeHtml(messages(language).article.keyTakeaways)}</h2><ul>${takeaways}</ul>` : '',
    `<p><a href="${escapeHtml(url)}">${escapeHtml(FEED_TEXT[language].readMore)}</a></p>`,
  ].join('')
}

function feedItem(article: FeedArticle, format: FeedFormat, language: Language): Item {
  const paths = pathsFor(language)
  const url = absoluteUrl(paths.article(article.slug))
  const authorUrl = absoluteUrl(paths.author(article.author.slug))
  // Atom declares its titles type="html"; RSS readers commonly render titles as HTML too, so a
  // title's markup characters are escaped in both and read as text.
  return {
    title: escapeHtml(article.title),
    id: url,
    link: url,
    date: new Date(articleModifiedAt(article)),
    published: new Date(article.publishedAt),
    description: escapeHtml(feedSummary(article)),
    content: contentHtml(article, url, language),
    // RSS 2.0's <author> must be an e-mail address, so RSS names the author with dc:creator.
    ...(format === 'atom'
      ? { author: [{ name: article.author.name, link: authorUrl }] }
      : { extensions: [{ name: 'dc:creator', objects: { _cdata: article.author.name } }] }),
    category: article.topics.map((topic) => ({
      name: topic.title,
      term: topic.slug,
      scheme: absoluteUrl(paths.topics),
      domain: absoluteUrl(paths.topics),
    })),
  }
}

/**
 * The RSS 2.0 or Atom 1.0 document of the newest articles, every link absolute, in the settings'
 * language: its channel text, its pages' addresses and its own feed links.
 */
export function buildFeed(articles: FeedArticle[], settings: SiteSettings, format: FeedFormat): string {
  const { language } = settings
  const paths = pathsFor(language)
  const feedPaths = crawlerPaths.feeds(language)
  const updated = latest(articles.map(articleModifiedAt))
  const logo = settings.logo ? servedImage(settings.logo, FEED_IMAGE_WIDTH, settings.clinicName) : null
  // Every string the feed holds goes through feedSafe, names and settings included.
  const feed = new Feed(
    feedSafe({
      id: absoluteUrl(paths.home),
      title: settings.clinicName,
      description: FEED_TEXT[language].description(settings.clinicName),
      link: absoluteUrl(paths.home),
      language,
      // The newest change, not the time of the request, so an unchanged feed reads as unchanged.
      updated: updated ? new Date(updated) : new Date(0),
      feedLinks: { rss: absoluteUrl(feedPaths.rss), atom: absoluteUrl(feedPaths.atom) },
      favicon: absoluteUrl('/icon.svg'),
      ...(logo ? { image: logo.url } : {}),
      author: { name: settings.clinicName, link: absoluteUrl(paths.home) },
    }),
  )
  for (const article of articles) feed.addItem(feedSafe(feedItem(article, format, language)))
  if (format === 'rss') return feed.rss2()
  // The feed package writes RSS's <language> but no language for Atom, which says it with xml:lang
  // on the root. Only another language than the default gets it: the English feed stays
  // byte-for-byte what its subscribers have always been sent.
  const atom = feed.atom1()
  return language === DEFAULT_LANGUAGE ? atom : atom.replace(ATOM_ROOT, `$& xml:lang="${language}"`)
}
