import type { Language } from '../../i18n/languages'
import { getFeedArticles } from '../../sanity/queries/feed'
import { getSettings } from '../../sanity/queries/settings'
import { xmlResponse } from '../xmlResponse'
import { buildFeed, type FeedFormat } from './buildFeed'

const CONTENT_TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml' }

/** A plain 404 for an edition the clinic does not publish (settings' `languages`), as its pages answer. */
export function unpublishedEdition(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * One language's feed (app/feed.xml, app/es/feed.xml and their Atom twins): its newest articles
 * with its channel text, or 404 while the clinic does not publish that language. Both fetches
 * carry the articles and settings tags, so one webhook refreshes every feed.
 */
export async function feedResponse(language: Language, format: FeedFormat): Promise<Response> {
  const [articles, settings] = await Promise.all([getFeedArticles(language), getSettings(language)])
  if (!settings.languages.includes(language)) return unpublishedEdition()
  return xmlResponse(buildFeed(articles, settings, format), CONTENT_TYPES[format])
}
