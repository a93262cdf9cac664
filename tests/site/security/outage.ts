import type { ContentLakeServer, Failure } from '@/tooling/contentLakeServer'
import { sendDelivery, signDelivery } from '../../support/publishWebhook'
import { testOnlyArticle } from '../../support/testOnlyArticle'
import { launchChromium } from '@/tooling/chromium'
import type { Site } from '@/tooling/nextSite'
import { visibleText } from './browser'
import { EXAMPLE_ARTICLE_ID, EXAMPLE_ARTICLE_PATH, EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'

// The Content Lake goes down under a running site (Sanity mode). Pages already generated keep
// their last good version, even after a webhook marked them stale; a page never generated says
// the content is temporarily unavailable, without a trace; once the lake is back, all is well.

const ARTICLE = EXAMPLE_ARTICLE_PATH
const TITLE = 'Ketamine'
const FAILURES: Array<[string, Failure]> = [
  ['answers 500', { kind: 'status', status: 500 }],
  ['returns malformed JSON', { kind: 'malformed' }],
  ['drops connections', { kind: 'hangup' }],
  // Longer than the query layer's 10 s deadline.
  ['does not answer in time', { kind: 'delay', ms: 15_000 }],
]
const UNAVAILABLE = 'Content temporarily unavailable'

async function get(site: Site, path: string): Promise<{ status: number; body: string; cacheControl: string }> {
  const response = await fetch(`${site.origin}${path}`, { signal: AbortSignal.timeout(90_000) })
  return {
    status: response.status,
    body: await response.text(),
    cacheControl: response.headers.get('cache-control') ?? '',
  }
}

/** Tells the site that the article changed, as Sanity would, so its page is regenerated on the next visit. */
async function publishWebhook(site: Site, secret: string): Promise<{ status: number; body: string }> {
  const state = { slug: EXAMPLE_ARTICLE_SLUG, topics: [], people: [] }
  const change = { _id: EXAMPLE_ARTICLE_ID, _type: 'article' as const, before: state, after: state }
  return sendDelivery(site.origin, await signDelivery(change, secret))
}

export async function outageProblems(site: Site, lake: ContentLakeServer, webhookSecret: string): Promise<string[]> {
  const problems: string[] = []
  const expect = (ok: boolean, problem: string) => void (ok || problems.push(problem))

  // Articles the Content Lake holds but the site never generated (published after the build): the
  // webhook below makes the site reread its index of what exists, so during the outage these are
  // pages it must try to generate, not slugs it knows to be unknown (those are plain 404s).
  const neverGenerated = (name: string) => `never-generated-while-the-lake-${name.replaceAll(' ', '-')}`
  lake.seed(
    FAILURES.flatMap(([name]) => [neverGenerated(name), `${neverGenerated(name)}-in-a-browser`]).map((slug) =>
      testOnlyArticle(slug, { title: `Published after the build: ${slug}`, excerpt: 'Never generated.' }),
    ),
  )

  const before = await get(site, ARTICLE)
  expect(before.status === 200 && before.body.includes(TITLE), `${ARTICLE} before the outage: ${before.status}`)
  const webhook = await publishWebhook(site, webhookSecret)
  expect(
    webhook.status === 200 && webhook.body.includes(`article:${EXAMPLE_ARTICLE_SLUG}`),
    `webhook before the outage: ${webhook.status} ${webhook.body}`,
  )

  lake.inject({ kind: 'status', status: 500 }, { times: 1_000_000 })
  // The first visit serves the stale page and regenerates it in the background, which fails;
  // the page must then still be the last good version, not an error or an empty page.
  for (const visit of ['first', 'second', 'third']) {
    const during = await get(site, ARTICLE)
    expect(
      during.status === 200 && during.body.includes(TITLE) && !during.body.includes(UNAVAILABLE),
      `${ARTICLE}, ${visit} visit during the outage: ${during.status}`,
    )
    await new Promise((resolve) => setTimeout(resolve, 1_500))
  }
  const home = await get(site, '/')
  expect(home.status === 200, `/ during the outage: ${home.status}`)

  const browser = await launchChromium()
  try {
    for (const [name, failure] of FAILURES) {
      lake.clearFailures()
      lake.inject(failure, { times: 1_000_000 })
      const path = `/blog/${neverGenerated(name)}`
      const started = Date.now()
      const unknown = await get(site, path)
      const seconds = Math.round((Date.now() - started) / 1000)
      // Next answers a failed render with 500 and an empty document that its error boundary
      // fills in the browser: never cached, never a trace, and the reader is told what happened.
      expect(
        unknown.status >= 500 && unknown.status <= 503,
        `${path}: ${unknown.status} while the Content Lake ${name}`,
      )
      expect(
        unknown.cacheControl.includes('no-store'),
        `${path}: Cache-Control "${unknown.cacheControl}" while the Content Lake ${name}`,
      )
      expect(seconds <= 40, `${path}: took ${seconds} s while the Content Lake ${name}`)
      const text = await visibleText(browser, `${site.origin}${path}-in-a-browser`)
      expect(
        text.includes(UNAVAILABLE),
        `${path} in a browser does not say "${UNAVAILABLE}" while the Content Lake ${name}: ${text.slice(0, 200)}`,
      )
    }
  } finally {
    await browser.close()
  }

  lake.clearFailures()
  const after = await get(site, '/blog/never-generated-after-the-outage')
  expect(after.status === 404, `an unknown article once the Content Lake is back: ${after.status}`)
  expect((await get(site, ARTICLE)).status === 200, `${ARTICLE} once the Content Lake is back`)
  expect(site.output().includes('Content Lake query failed'), 'the server log does not name the failed query')
  return problems
}
