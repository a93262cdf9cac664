import { Feed, type Item } from 'feed'
import { paths } from '../../navigation/paths'
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

// Wide enough for reading panes, small enough for feed readers' caches.
const FEED_IMAGE_WIDTH = 800

/** The summary readers see: the excerpt in full, else the meta description, else the whole intro. */
export function feedSummary(article: FeedArticle): string {
  return (
    [article.excerpt, article.metaDescription, plainText(article.intro)].map((text) => text?.trim()).find(Boolean) ??
    article.title
  )
}

/** The entry's body: the summary, the main image, the key takeaways and a link to the article. */
function contentHtml(article: FeedArticle, url: string): string {
  const image = article.mainImage ? servedImage(article.mainImage, FEED_IMAGE_WIDTH, article.title) : null
  const takeaways = article.takeaways.map((text) => `<li>${escapeHtml(text)}</li>`).join('')
  return [
    `<p>${escapeHtml(feedSummary(article))}</p>`,
    image
      ? `<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"></p>`
      : '',
    takeaways ? `<h2>Key takeaways</h2><ul>${takeaways}</ul>` : '',
    `<p><a href="${escapeHtml(url)}">Read the full article</a></p>`,
  ].join('')
}

function feedItem(article: FeedArticle, format: FeedFormat): Item {
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
    content: contentHtml(article, url),
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

/** The RSS 2.0 or Atom 1.0 document of the newest articles, every link absolute. */
export function buildFeed(articles: FeedArticle[], settings: SiteSettings, format: FeedFormat): string {
  const updated = latest(articles.map(articleModifiedAt))
  const logo = settings.logo ? servedImage(settings.logo, FEED_IMAGE_WIDTH, settings.clinicName) : null
  // Every string the feed holds goes through feedSafe, names and settings included.
  const feed = new Feed(
    feedSafe({
      id: absoluteUrl(paths.home),
      title: settings.clinicName,
      description: `The latest articles from the ${settings.clinicName} blog.`,
      link: absoluteUrl(paths.home),
      language: 'en',
      // The newest change, not the time of the request, so an unchanged feed reads as unchanged.
      updated: updated ? new Date(updated) : new Date(0),
      feedLinks: { rss: absoluteUrl(crawlerPaths.rssFeed), atom: absoluteUrl(crawlerPaths.atomFeed) },
      favicon: absoluteUrl('/icon.svg'),
      ...(logo ? { image: logo.url } : {}),
      author: { name: settings.clinicName, link: absoluteUrl(paths.home) },
    }),
  )
  for (const article of articles) feed.addItem(feedSafe(feedItem(article, format)))
  return format === 'atom' ? feed.atom1() : feed.rss2()
}
