/**
 * npm run bench:weight [-- --rebuild]
 * Per route: HTML bytes (raw, gzip) and first-load JavaScript (raw, gzip) from the build's route
 * bundle stats, how much of that JavaScript is beyond the framework floor, and what a phone's
 * browser actually downloads for the page: every request until the network is idle, prefetches
 * of other routes included.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../tooling/chromium'
import { EXAMPLE_ARTICLE_PATH } from '../../tooling/exampleArticle'
import { startSite } from '../../tooling/nextSite'
import { describeChunks, gzipSize, readRouteBundles, type Chunk } from './bundleStats'
import { runContext } from './machine'
import { benchEnv, ensureBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { bytes } from './stats'
import { wholeNumber } from './wholeNumber'

const DIST = '.next-perf'
const ARTICLE_ROUTE = '/blog/[slug]'
const PROJECT_BUDGET_GZIP = 1024

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** A URL that renders the route: a prerendered path for a dynamic one (the example article for articles). */
function sampleUrl(route: string, prerendered: string[]): string | null {
  if (route === '/_global-error') return null
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

const inlineScriptBytes = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1]!),
    0,
  )

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
  const prerender = JSON.parse(readFileSync(path.join(process.cwd(), DIST, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  const prerendered = Object.keys(prerender.routes)

  const server = await startSite({ distDir: DIST, port, env: benchEnv() })
  const browser = await launchChromium()
  const rows: (string | number)[][] = []
  let articleChunks: Chunk[] = []
  try {
    for (const bundle of bundles.sort((a, b) => a.route.localeCompare(b.route))) {
      const url = sampleUrl(bundle.route, prerendered)
      if (!url) continue
      const response = await fetch(server.origin + url, { headers: { 'accept-encoding': 'identity' } })
      const html = await response.text()
      const routeChunks = bundle.chunks.map((file) => chunks.get(file)!)
      const extra = routeChunks.filter(beyondFloor)
      if (bundle.route === ARTICLE_ROUTE) articleChunks = routeChunks
      const phone = await downloaded(browser, server.origin + url)
      rows.push([
        bundle.route,
        `${url} (${response.status})`,
        bytes(Buffer.byteLength(html)),
        bytes(gzipSize(html)),
        bytes(inlineScriptBytes(html)),
        bytes(sum(routeChunks, 'raw')),
        bytes(sum(routeChunks, 'gzip')),
        extra.length
          ? `${bytes(sum(extra, 'gzip'))} (${[...new Set(extra.flatMap((chunk) => [...chunk.kinds]))].filter((kind) => kind !== 'framework').join(', ')})`
          : '0',
        `${bytes(phone.transferred)} in ${phone.requests}`,
        bytes(phone.script),
      ])
    }
  } finally {
    await browser.close()
    await server.stop()
  }

  const floor = articleChunks.filter((chunk) => !beyondFloor(chunk))
  const project = articleChunks.filter((chunk) => chunk.kinds.has('project'))
  const library = articleChunks.filter((chunk) => beyondFloor(chunk) && !chunk.kinds.has('project'))
  const kindsOf = (list: Chunk[]) =>
    [...new Set(list.flatMap((chunk) => [...chunk.kinds]))].filter((kind) => kind !== 'framework').join(', ')
  const verdict =
    sum(project, 'gzip') <= PROJECT_BUDGET_GZIP && library.length === 0
      ? 'met'
      : `missed: ${bytes(sum(project, 'gzip'))} gzip in chunks holding project code (${kindsOf(project)})${library.length ? ` and ${bytes(sum(library, 'gzip'))} gzip in chunks of library client components (${kindsOf(library)})` : ''} beyond the floor`
  report(`bench:weight (bundled dataset, build of commit ${builtFrom})`, context, [
    markdownTable({
      head: [
        'route',
        'measured URL (status)',
        'HTML',
        'HTML gzip',
        'inline script in HTML',
        'first-load JS',
        'JS gzip',
        'JS beyond floor, gzip',
        'a phone downloads (requests, prefetches included)',
        'of it JavaScript',
      ],
      rows,
    }),
    markdownTable({
      head: ['article page chunk', 'raw', 'gzip', 'what it holds'],
      rows: articleChunks.map((chunk) => [
        chunk.file,
        bytes(chunk.raw),
        bytes(chunk.gzip),
        `${[...chunk.kinds].join(', ')}${chunk.modules.length ? `: ${chunk.modules.map((module) => module.replace('[project]/', '')).join(', ')}` : ''}`,
      ]),
    }),
    [
      `Framework floor (what a page with no client components of its own loads: Next's runtime, build-manifest rootMainFiles, and the App Router's own client components): ${bytes(sum(floor, 'raw'))} raw, ${bytes(sum(floor, 'gzip'))} gzip.`,
      `Article page: ${bytes(sum(articleChunks, 'raw'))} raw, ${bytes(sum(articleChunks, 'gzip'))} gzip; beyond the floor: ${bytes(sum(articleChunks, 'gzip') - sum(floor, 'gzip'))} gzip.`,
      `Goal (floor + at most 1 KB gzip of project code, no client components): ${verdict}.`,
    ].join('\n'),
  ])
}

main().catch((error: unknown) => {
  console.error(`bench:weight: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
