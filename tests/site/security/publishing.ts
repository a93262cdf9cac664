import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseHTML } from 'linkedom'
import type { ContentLakeServer, StoredDocument } from '../../support/contentLakeServer'
import type { Site } from '@/tooling/nextSite'
import { EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'

// Publishing on the built site (Sanity mode): a publish webhook regenerates the changed article's
// page and the lists showing it, and nothing else; an editor's draft-mode request for the same
// address gets the draft with the Presentation tool's overlays, a reader's the static published page.

const POLL_MS = 10_000
const UNRELATED_CANDIDATES = 3
const NEW_TITLE = 'Republished title set by the publishing check'
const DRAFT_TITLE = 'Unpublished draft title set by the publishing check'
const SILENT_TITLE = 'Changed without a webhook: must not be shown'

type Page = { status: number; body: string; cache: string; cacheControl: string; robots: string }

async function get(site: Site, path: string, cookie?: string): Promise<Page> {
  const response = await fetch(`${site.origin}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  })
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get('x-nextjs-cache') ?? '',
    cacheControl: response.headers.get('cache-control') ?? '',
    robots: response.headers.get('x-robots-tag') ?? '',
  }
}

/** Asks for a page until it shows `text` or the time is up; the last answer either way. */
async function poll(site: Site, path: string, text: string): Promise<Page> {
  const deadline = Date.now() + POLL_MS
  for (;;) {
    const page = await get(site, path)
    if (page.body.includes(text) || Date.now() > deadline) return page
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The article pages /blog links to, in its order (newest first). */
function articleLinks(html: string): string[] {
  const { document } = parseHTML(html)
  const hrefs = Array.from(document.querySelectorAll('a[href^="/blog/"]'), (link) => link.getAttribute('href') ?? '')
  return [...new Set(hrefs.filter((href) => /^\/blog\/[^/?#]+$/.test(href) && !href.startsWith('/blog/page/')))]
}

/** Every <script> of a page, by type and src, as "type|src" (empty for none). */
function scriptsOf(html: string): string[] {
  const { document } = parseHTML(html)
  return Array.from(
    document.querySelectorAll('script'),
    (script) => `${script.getAttribute('type') ?? ''}|${script.getAttribute('src') ?? ''}`,
  )
}

function robotsMeta(html: string): string {
  const { document } = parseHTML(html)
  return document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''
}

async function publishWebhook(
  site: Site,
  secret: string,
  article: StoredDocument,
): Promise<{ status: number; pages: string[]; body: string }> {
  const slug = (article.slug as { current: string }).current
  const state = {
    slug,
    topics: topicsOf(article),
    people: [article.author, article.medicalReviewer].map((person) => (person as { _ref?: string })?._ref ?? null),
  }
  const body = JSON.stringify({ _id: article._id, _type: 'article', before: state, after: state })
  const headers = {
    'content-type': 'application/json',
    [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret),
  }
  const response = await fetch(`${site.origin}/api/revalidate`, { method: 'POST', headers, body })
  const text = await response.text()
  let pages: string[] = []
  try {
    pages = (JSON.parse(text) as { pages?: string[] }).pages ?? []
  } catch {
    // Reported below through the status and body.
  }
  return { status: response.status, pages, body: text }
}

/** The article's page, or '' for one without a slug. */
function pathOf(document: StoredDocument): string {
  const slug = (document.slug as { current?: unknown } | undefined)?.current
  return typeof slug === 'string' ? `/blog/${slug}` : ''
}

function topicsOf(document: StoredDocument): string[] {
  const topics = document.topics
  return Array.isArray(topics) ? topics.map((topic: { _ref?: unknown } | null) => String(topic?._ref ?? '')) : []
}

function articleAt(lake: ContentLakeServer, path: string): StoredDocument | undefined {
  return lake.documents().find((document) => document._type === 'article' && pathOf(document) === path)
}

export async function publishingProblems(
  site: Site,
  lake: ContentLakeServer,
  { webhookSecret, previewSecret }: { webhookSecret: string; previewSecret: string },
): Promise<string[]> {
  const problems: string[] = []
  const expect = (ok: boolean, problem: string) => void (ok || problems.push(problem))

  // The example article is left alone: the outage check relies on its title.
  const listed = articleLinks((await get(site, '/blog')).body).filter(
    (path) => path !== `/blog/${EXAMPLE_ARTICLE_SLUG}` && !path.startsWith('/blog/hostile-'),
  )
  const changedPath = listed[0]
  const changed = changedPath ? articleAt(lake, changedPath) : undefined
  if (!changedPath || !changed) return [`no article to change found among /blog's links: ${listed.join(', ')}`]
  // Articles that neither share a topic with it (they would list it as related) nor reference it.
  const changedTopics = new Set(topicsOf(changed))
  const candidates = lake
    .documents()
    .filter(
      (document) =>
        document._type === 'article' &&
        document._id !== changed._id &&
        /^\/blog\/(?!hostile-)[^/]+$/.test(pathOf(document)) &&
        pathOf(document) !== `/blog/${EXAMPLE_ARTICLE_SLUG}` &&
        !topicsOf(document).some((topic) => changedTopics.has(topic)) &&
        !JSON.stringify(document).includes(`"${changed._id}"`),
    )
    .slice(0, UNRELATED_CANDIDATES)
    .map((document) => ({ path: pathOf(document), document }))
  if (candidates.length === 0) return [`no article unrelated to ${changedPath} in the Content Lake`]

  // Generated and cached before the change: a page never generated is not regenerated by a webhook.
  const watched = ['/', '/blog', changedPath, ...candidates.map(({ path }) => path)]
  for (const path of watched) await get(site, path)
  const before = new Map<string, Page>()
  for (const path of watched) before.set(path, await get(site, path))
  for (const [path, page] of before) {
    expect(
      page.status === 200 && page.cache === 'HIT',
      `${path} before the change: ${page.status}, x-nextjs-cache "${page.cache}"`,
    )
  }
  expect(!before.get('/')?.body.includes(NEW_TITLE), '/ shows the new title before it was published')

  // The other articles change in the lake too, with no webhook for them: if the webhook
  // regenerated them, their pages would show it.
  lake.seed([
    { ...changed, title: NEW_TITLE },
    ...candidates.map(({ document }) => ({ ...document, title: SILENT_TITLE })),
  ])
  const webhook = await publishWebhook(site, webhookSecret, changed)
  expect(webhook.status === 200, `webhook: ${webhook.status} ${webhook.body}`)
  for (const path of [changedPath, '/', '/blog']) {
    expect(webhook.pages.includes(path), `the webhook did not regenerate ${path}: ${webhook.body}`)
    const after = await poll(site, path, NEW_TITLE)
    expect(
      after.status === 200 && after.body.includes(NEW_TITLE),
      `${path} does not show the published title within ${POLL_MS / 1000} s: ${after.status}, x-nextjs-cache "${after.cache}"`,
    )
  }

  for (const { path } of candidates) {
    expect(
      !webhook.pages.includes(path),
      `the webhook regenerated ${path}, which neither shows nor lists ${changedPath}`,
    )
    const after = await get(site, path)
    expect(after.body === before.get(path)?.body, `${path}, unrelated to the change, changed after the webhook`)
    expect(!after.body.includes(SILENT_TITLE), `${path}, unrelated to the change, was regenerated by the webhook`)
    expect(after.cache === 'HIT', `${path}, unrelated to the change: x-nextjs-cache "${after.cache}" after the webhook`)
  }
  // The lake again matches what the site serves for the articles the webhook left alone.
  lake.seed(candidates.map(({ document }) => document))

  problems.push(...(await previewProblems(site, lake, { ...changed, title: NEW_TITLE }, changedPath, previewSecret)))
  return problems
}

/** The article's draft through draft mode, enabled as the Presentation tool does; the published page without it. */
async function previewProblems(
  site: Site,
  lake: ContentLakeServer,
  published: StoredDocument,
  path: string,
  previewSecret: string,
): Promise<string[]> {
  const problems: string[] = []
  const expect = (ok: boolean, problem: string) => void (ok || problems.push(problem))
  lake.seed([{ ...published, _id: `drafts.${published._id}`, title: DRAFT_TITLE }])

  const enable = await fetch(
    `${site.origin}/api/draft-mode/enable?sanity-preview-secret=${previewSecret}&sanity-preview-pathname=${encodeURIComponent(path)}`,
    { redirect: 'manual' },
  )
  const cookie = enable.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ')
  expect(
    enable.status === 307 && enable.headers.get('location')?.endsWith(path) === true,
    `/api/draft-mode/enable: ${enable.status}, Location "${enable.headers.get('location')}"`,
  )
  if (!cookie.includes('__prerender_bypass')) return [...problems, `draft mode was not enabled: ${enable.status}`]

  const draft = await get(site, path, cookie)
  expect(draft.status === 200, `${path} in draft mode: ${draft.status}`)
  expect(draft.body.includes(DRAFT_TITLE), `${path} in draft mode does not show the draft title`)
  const scripts = scriptsOf(draft.body).filter((script) => script !== 'application/ld+json|')
  expect(
    scripts.some((script) => script.includes('/_next/static/')),
    `${path} in draft mode loads no script (the Presentation tool's overlays need them)`,
  )
  expect(
    draft.cacheControl.includes('no-store') && !/public|s-maxage/.test(draft.cacheControl),
    `${path} in draft mode: Cache-Control "${draft.cacheControl}"`,
  )
  expect(
    /noindex/.test(robotsMeta(draft.body)) || /noindex/.test(draft.robots),
    `${path} in draft mode is not noindex (meta "${robotsMeta(draft.body)}", X-Robots-Tag "${draft.robots}")`,
  )

  const reader = await get(site, path)
  expect(reader.status === 200, `${path} without draft mode: ${reader.status}`)
  expect(
    reader.body.includes(NEW_TITLE) && !reader.body.includes(DRAFT_TITLE),
    `${path} without draft mode does not show the published title only`,
  )
  const readerScripts = scriptsOf(reader.body).filter((script) => script !== 'application/ld+json|')
  expect(readerScripts.length === 0, `${path} without draft mode has scripts: ${readerScripts.join(', ')}`)
  expect(!/noindex/.test(robotsMeta(reader.body)), `${path} without draft mode is noindex`)

  return problems
}
