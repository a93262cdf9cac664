/**
 * npm run bench:weight [-- --rebuild]
 * Per route: HTML bytes (raw, gzip), the scripts its served HTML loads and runs, its first-load
 * JavaScript (raw, gzip), how much of that is beyond the App Router's framework floor, and what a
 * phone's browser actually downloads for the page: every request until the network is idle,
 * prefetches of other routes included. App Router routes take their JavaScript from the build's
 * route bundle stats; Pages Router routes from the `<script src>` of their served HTML, because the
 * build lists chunks for them that pages with `unstable_runtimeJS: false` never load.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../tooling/chromium'
import { EXAMPLE_ARTICLE_PATH } from '../../tooling/exampleArticle'
import { startSite } from '../../tooling/nextSite'
import { describeChunks, gzipSize, readRouteBundles, scriptsIn, type Chunk, type RouteBundle } from './bundleStats'
import { runContext } from './machine'
import { benchEnv, ensureBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { bytes } from './stats'
import { wholeNumber } from './wholeNumber'

const DIST = '.next-perf'
const ARTICLE_ROUTE = '/blog/[slug]'
// The App Router page readers reach (the search form): its chunks show what the App Router ships.
const APP_ROUTE = '/search'

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** A URL that renders the route: a prerendered path for a dynamic one (the example article for articles). */
function sampleUrl(route: string, prerendered: string[]): string | null {
  // Global-error has no URL of its own; API routes answer no page.
  if (route === '/_global-error' || route === '/api' || route.startsWith('/api/')) return null
  if (route === '/_not-found') return '/this-page-does-not-exist'
  // A catch-all route: an address no other route takes (an unknown old URL answers 404).
  if (/\/\[\.\.\.[^\]]+\]$/.test(route)) return `${route.replace(/\/\[\.\.\.[^\]]+\]$/, '')}/an/unknown-old-address`
  if (route === ARTICLE_ROUTE) return EXAMPLE_ARTICLE_PATH
  if (route === '/search') return '/search?q=ketamine'
  if (!route.includes('[')) return route
  const optionalCatchAll = route.replace(/\/\[\[\.\.\.[^\]]+\]\]$/, '')
  if (optionalCatchAll !== route) return optionalCatchAll || '/'
  const pattern = new RegExp(`^${route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}$`)
  return prerendered.find((url) => pattern.test(url)) ?? null
}

/** Raw and gzip bytes of the script files a page's HTML references, fetched from the running site. */
async function scriptFiles(pageUrl: string, sources: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0
  let gzip = 0
  for (const source of sources) {
    const response = await fetch(new URL(source, pageUrl), { headers: { 'accept-encoding': 'identity' } })
    const content = Buffer.from(await response.arrayBuffer())
    raw += content.length
    gzip += gzipSize(content)
  }
  return { raw, gzip }
}

type Downloaded = { requests: number; transferred: number; script: number }

/**
 * Every request a phone makes for the page until the network has been idle for 500 ms: the page,
 * its subresources, and whatever it fetches after load (link and router prefetches), with bytes
 * on the wire (headers and compressed bodies). The viewport is Lighthouse's mobile one, so the
 * same srcset candidate and the same in-viewport links are fetched.
 */
async function downloaded(browser: Browser, url: string): Promise<Downloaded> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  try {
    const page = await context.newPage()
    const sizes: Promise<{ script: boolean; bytes: number }>[] = []
    page.on('requestfinished', (request) =>
      sizes.push(
        request.sizes().then((size) => ({
          script: request.resourceType() === 'script',
          bytes: size.responseHeadersSize + size.responseBodySize,
        })),
      ),
    )
    await page.goto(url, { waitUntil: 'networkidle' })
    const all = await Promise.all(sizes)
    return {
      requests: all.length,
      transferred: all.reduce((total, entry) => total + entry.bytes, 0),
      script: all.filter((entry) => entry.script).reduce((total, entry) => total + entry.bytes, 0),
    }
  } finally {
    await context.close()
  }
}

const sum = (chunks: Chunk[], size: 'raw' | 'gzip') => chunks.reduce((total, chunk) => total + chunk[size], 0)
const beyondFloor = (chunk: Chunk) => [...chunk.kinds].some((kind) => kind !== 'framework')
const kindsOf = (list: Chunk[]) =>
  [...new Set(list.flatMap((chunk) => [...chunk.kinds]))].filter((kind) => kind !== 'framework').join(', ')

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rebuild: { type: 'boolean', default: false }, port: { type: 'string', default: '3603' } },
  })
  const port = wholeNumber('--port', values.port, 1)
  const context = runContext()
  const builtFrom = await ensureBuild(DIST, values.rebuild)

  const bundles = readRouteBundles(DIST)
  const manifests = filesNamed(path.join(process.cwd(), DIST, 'server', 'app'), 'page_client-reference-manifest.js')
  const chunks = describeChunks(DIST, new Set(bundles.flatMap((bundle) => bundle.chunks)), manifests)
  const chunksOf = (bundle: RouteBundle) => bundle.chunks.map((file) => chunks.get(file)!)
  const prerender = JSON.parse(readFileSync(path.join(process.cwd(), DIST, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  const prerendered = Object.keys(prerender.routes)

  const server = await startSite({ distDir: DIST, port, env: benchEnv() })
  const browser = await launchChromium()
  const rows: (string | number)[][] = []
  // Pages Router routes whose served HTML loads or runs any script: what the reading pages must not do.
  const scripted: string[] = []
  // Gzip bytes of first-load chunks the build lists for each measured Pages Router page.
  const listedGzip: number[] = []
  let article: { scripts: number; phoneScript: number } | undefined
  try {
    for (const bundle of bundles.sort((a, b) => a.route.localeCompare(b.route))) {
      const url = sampleUrl(bundle.route, prerendered)
      if (!url) continue
      const response = await fetch(server.origin + url, { headers: { 'accept-encoding': 'identity' } })
      const html = await response.text()
      const scripts = scriptsIn(html)
      const inlineBytes = scripts.inline.reduce((total, code) => total + Buffer.byteLength(code), 0)
      const phone = await downloaded(browser, server.origin + url)
      let js: { raw: number; gzip: number }
      let extra: string
      if (bundle.router === 'app') {
        const routeChunks = chunksOf(bundle)
        const beyond = routeChunks.filter(beyondFloor)
        js = { raw: sum(routeChunks, 'raw'), gzip: sum(routeChunks, 'gzip') }
        extra = beyond.length ? `${bytes(sum(beyond, 'gzip'))} (${kindsOf(beyond)})` : '0'
      } else {
        js = await scriptFiles(server.origin + url, scripts.sources)
        extra = js.gzip ? `${bytes(js.gzip)} (Pages Router runtime)` : '0'
        const count = scripts.sources.length + scripts.inline.length
        if (count > 0) scripted.push(`${url}: ${scripts.sources.length} script src, ${scripts.inline.length} inline`)
        if (bundle.chunks.length) listedGzip.push(sum(chunksOf(bundle), 'gzip'))
        if (bundle.route === ARTICLE_ROUTE) article = { scripts: count, phoneScript: phone.script }
      }
      rows.push([
        bundle.route,
        bundle.router === 'app' ? 'App' : 'Pages',
        `${url} (${response.status})`,
        bytes(Buffer.byteLength(html)),
        bytes(gzipSize(html)),
        `${scripts.sources.length} + ${scripts.inline.length}`,
        bytes(inlineBytes),
        bytes(js.raw),
        bytes(js.gzip),
        extra,
        `${bytes(phone.transferred)} in ${phone.requests}`,
        bytes(phone.script),
      ])
    }
  } finally {
    await browser.close()
    await server.stop()
  }

  const appBundle = bundles.find((bundle) => bundle.route === APP_ROUTE)
  if (!appBundle || appBundle.router !== 'app') throw new Error(`${APP_ROUTE} is not an App Router route of this build`)
  if (!article) throw new Error(`${ARTICLE_ROUTE} is not a Pages Router route of this build`)
  const appChunks = chunksOf(appBundle)
  const floor = appChunks.filter((chunk) => !beyondFloor(chunk))
  const verdict =
    article.scripts === 0 && article.phoneScript === 0
      ? 'met'
      : `missed: its HTML has ${article.scripts} executable scripts and a phone downloads ${bytes(article.phoneScript)} of JavaScript`
  report(`bench:weight (bundled dataset, build of commit ${builtFrom})`, context, [
    markdownTable({
      head: [
        'route',
        'router',
        'measured URL (status)',
        'HTML',
        'HTML gzip',
        'scripts in HTML (src + inline executable)',
        'inline executable script',
        'first-load JS',
        'JS gzip',
        'JS beyond App Router floor, gzip',
        'a phone downloads (requests, prefetches included)',
        'of it JavaScript',
      ],
      rows,
    }),
    markdownTable({
      head: [`${APP_ROUTE} page chunk`, 'raw', 'gzip', 'what it holds'],
      rows: appChunks.map((chunk) => [
        chunk.file,
        bytes(chunk.raw),
        bytes(chunk.gzip),
        `${[...chunk.kinds].join(', ')}${chunk.modules.length ? `: ${chunk.modules.map((module) => module.replace('[project]/', '')).join(', ')}` : ''}`,
      ]),
    }),
    [
      `Pages Router routes: first-load JS is the script files their served HTML references (\`<script src>\`, fetched and sized), not the build's manifests; inline executable scripts have their own column, and JSON-LD and other data blocks are not scripts. ${scripted.length ? `Routes whose HTML loads or runs script: ${scripted.join('; ')}.` : 'No Pages Router route loads or runs any script.'} The build's route bundle stats list ${listedGzip.length ? `${bytes(Math.min(...listedGzip))}-${bytes(Math.max(...listedGzip))} gzip of first-load chunks for ${listedGzip.length} of the measured ones` : 'no chunks for them'}${scripted.length ? '' : '; with `unstable_runtimeJS: false` their HTML references none of it'}.`,
      `App Router framework floor (what an App Router page with no client components of its own loads: Next's runtime, build-manifest rootMainFiles, and the App Router's own client components): ${bytes(sum(floor, 'raw'))} raw, ${bytes(sum(floor, 'gzip'))} gzip.`,
      `${APP_ROUTE} (App Router): ${bytes(sum(appChunks, 'raw'))} raw, ${bytes(sum(appChunks, 'gzip'))} gzip; beyond the floor: ${bytes(sum(appChunks, 'gzip') - sum(floor, 'gzip'))} gzip.`,
      `Goal (the article page loads and runs no JavaScript): ${verdict}.`,
    ].join('\n'),
  ])
}

main().catch((error: unknown) => {
  console.error(`bench:weight: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
