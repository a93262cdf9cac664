import type { Request } from 'playwright-core'
import type { Check } from '../harness'
import { expect, expectNone } from '../harness'
import { PHONE, withPage, type SuiteContext } from '../context'
import { ARTICLE_PATH, PAGES } from '../pages'

// Issue 13: a reading page is complete as HTML. It ships no script (JSON-LD is data, not a
// script a browser runs), fetches nothing once loaded (no prefetch of other routes), and stays
// within a byte budget a phone on a slow connection can afford.

/**
 * The reading pages: everything a reader browses, in both languages, the Spanish search included
 * (a Pages Router page). The English search and the Studio are App Router pages, and so is every
 * 404 (Next draws them all with the App Router's not-found page).
 */
const READING_PAGES = PAGES.filter(
  (page) => !page.outsideSite && !page.path.startsWith('/search') && page.status === 200,
)

/**
 * What the example article may transfer in all, headers included. Measured at about 23 KB in
 * Chromium at a phone's viewport (HTML, four small stylesheets, the icon; the article's image is
 * below the first screen and loads lazily); WordPress serves the same article in 71 KB.
 */
const ARTICLE_BYTE_BUDGET = 35 * 1024

/** How long the page is watched after `load` for requests nobody asked for. */
const QUIET_AFTER_LOAD_MS = 3_000

const isJsonLd = (type: string | null) => type?.trim().toLowerCase() === 'application/ld+json'

// Chromium fetches a page's icon once the page has loaded, whatever the page does; that request is
// the browser's, not the page's.
const isIcon = (url: string) => /\/(?:icon\.svg|favicon\.ico)$/.test(new URL(url).pathname)

type Visit = { scripts: string[]; afterLoad: string[]; transferred: number }

/** Loads `path` at a phone's viewport and reports its scripts, late requests and bytes on the wire. */
async function visit(suite: SuiteContext, path: string): Promise<Visit> {
  return withPage(suite, { viewport: PHONE }, async (page) => {
    let loaded = false
    const afterLoad: string[] = []
    const finished: Request[] = []
    page.on('request', (request) => void (loaded && !isIcon(request.url()) && afterLoad.push(request.url())))
    page.on('requestfinished', (request) => void finished.push(request))
    await page.goto(suite.origin + path, { waitUntil: 'load' })
    loaded = true
    await page.waitForTimeout(QUIET_AFTER_LOAD_MS)
    const scripts = await page.$$eval('script', (elements) =>
      elements.map((element) => ({ type: element.getAttribute('type'), src: element.getAttribute('src') ?? 'inline' })),
    )
    const sizes = await Promise.all(finished.map(async (request) => (await request.sizes()).responseBodySize))
    const headers = await Promise.all(finished.map(async (request) => (await request.sizes()).responseHeadersSize))
    return {
      scripts: scripts.filter((script) => !isJsonLd(script.type)).map((script) => script.src),
      afterLoad,
      transferred: [...sizes, ...headers].reduce((sum, size) => sum + size, 0),
    }
  })
}

export function clientJsChecks(suite: SuiteContext): Check[] {
  return [
    ...READING_PAGES.map((spec) => ({
      name: `no JavaScript: ${spec.name} (${spec.path}) has no script and requests nothing after load`,
      run: async () => {
        const { scripts, afterLoad } = await visit(suite, spec.path)
        expectNone(scripts, `scripts on ${spec.path}`)
        expectNone(afterLoad, `requests after load on ${spec.path} (prefetches?)`)
      },
    })),
    {
      name: `weight: the example article transfers at most ${ARTICLE_BYTE_BUDGET / 1024} KB at a phone's viewport`,
      run: async () => {
        const { transferred } = await visit(suite, ARTICLE_PATH)
        expect(
          transferred <= ARTICLE_BYTE_BUDGET,
          `${ARTICLE_PATH} transferred ${(transferred / 1024).toFixed(1)} KB, over the ${ARTICLE_BYTE_BUDGET / 1024} KB budget`,
        )
      },
    },
  ]
}
