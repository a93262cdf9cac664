// /llms.txt and /es/llms.txt (https://llmstxt.org): what an assistant needs to know of the clinic
// and where to read each of its articles, as Markdown: an H1 with the clinic's name, a one-line
// summary in a blockquote, then H2 sections of link lists ("- [name](url): notes").

import type { Language } from '../i18n/languages'
import { addressLines } from '../content/postalAddress'
import { messages } from '../i18n/messages'
import { editorialPolicySections } from '../content/editorialPolicy'
import { pathsFor } from '../navigation/paths'
import { absoluteUrl } from '../navigation/siteUrl'
import { getEditorialPolicy, type EditorialPolicy } from '../sanity/queries/editorialPolicy'
import { getLlmsArticles, type LlmsArticle } from '../sanity/queries/llms'
import { getSettings, type SiteSettings } from '../sanity/queries/settings'
import { pickDescription } from './description'
import { unpublishedEdition } from './feed/feedRoute'

/** Text on one line: the format's lines are its structure, so a stray line break would end an item. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Link text with the brackets that would end it escaped. */
const linkText = (text: string) => oneLine(text).replace(/([\\[\]])/g, '\\$1')

/** A link's target: spaces and parentheses would end it, so they are percent-encoded. */
const linkTarget = (url: string) => url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character))

const item = (name: string, url: string, notes?: string) =>
  `- [${linkText(name)}](${linkTarget(url)})${notes ? `: ${oneLine(notes)}` : ''}`

/** The one-line summary of an article: its excerpt, else its meta description, else its trimmed intro. */
export function llmsSummary(article: LlmsArticle): string | undefined {
  return pickDescription([article.excerpt, article.metaDescription], article.intro ?? undefined)
}

export type LlmsTxtInput = { settings: SiteSettings; policy: EditorialPolicy; articles: LlmsArticle[] }

/** The llms.txt of the settings' language: the clinic, its editorial policy, its articles newest first. */
export function buildLlmsTxt({ settings, policy, articles }: LlmsTxtInput): string {
  const { language, clinicName } = settings
  const m = messages(language)
  const text = m.llms
  const paths = pathsFor(language)

  const address = addressLines(settings.address).join(', ')
  const contact = [
    address ? `${text.address}: ${address}` : null,
    settings.phone ? `${text.phone}: ${settings.phone}` : null,
    settings.email ? `${text.email}: ${settings.email}` : null,
  ].filter((part): part is string => Boolean(part))
  const clinic = [
    item(clinicName, absoluteUrl(paths.home), contact.length > 0 ? `${contact.join('. ')}.` : undefined),
    ...(settings.bookingUrl ? [item(m.footer.book, settings.bookingUrl)] : []),
    item(m.footer.people, absoluteUrl(paths.authors)),
  ]

  // One paragraph: what the policy covers, then how an article is medically reviewed (the
  // clinic's own words, or the page's default text when it has none).
  const reviewing = editorialPolicySections(policy, clinicName, language).find(({ id }) => id === 'reviewing')
  const policySummary = [m.seo.editorialPolicy(clinicName), reviewing?.paragraphs[0]].filter(Boolean).join(' ')

  const listed = articles.map((article) =>
    item(article.title, absoluteUrl(paths.article(article.slug)), llmsSummary(article)),
  )

  return [
    `# ${oneLine(clinicName)}`,
    '',
    `> ${oneLine(text.summary(clinicName))}`,
    '',
    `## ${text.clinic}`,
    '',
    ...clinic,
    '',
    `## ${m.footer.editorialPolicy}`,
    '',
    item(m.footer.editorialPolicy, absoluteUrl(paths.editorialPolicy), policySummary),
    '',
    `## ${m.header.articles}`,
    '',
    ...(listed.length > 0 ? listed : [text.noArticles]),
    '',
  ].join('\n')
}

/**
 * One language's llms.txt as a response (app/llms.txt, app/es/llms.txt), or 404 while the clinic
 * does not publish that language. Its fetches carry the feeds' tags (articles, settings), so the
 * webhook that refreshes the feeds refreshes it.
 */
export async function llmsTxtResponse(language: Language): Promise<Response> {
  const [settings, policy, articles] = await Promise.all([
    getSettings(language),
    getEditorialPolicy(language),
    getLlmsArticles(language),
  ])
  if (!settings.languages.includes(language)) return unpublishedEdition()
  return new Response(buildLlmsTxt({ settings, policy, articles }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
