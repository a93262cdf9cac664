/**
 * npm run bench:compare [-- --seconds 10 --runs 3 --rebuild]
 * The example article served by this blog (`next start`) side by side with a static copy of the
 * same page (its HTML and every same-origin file it references, served by nginx), in one run:
 * Lighthouse mobile performance (median of --runs, runs alternating between the two) and
 * autocannon at 50 connections. Prints the issue-13 table and targets, appends them to
 * docs/benchmarks.md. Needs only the page's URL, so it measures whatever router renders it.
 */
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DOMParser } from 'linkedom'
import { CHROMIUM_PATH } from '../../tooling/chromium'
import { EXAMPLE_ARTICLE_PATH } from '../../tooling/exampleArticle'
import { startSite } from '../../tooling/nextSite'
import { lighthouseSample, type LighthouseSample, type NumericMetric } from './lighthouseSample'
import { runContext } from './machine'
import { benchEnv, ensureBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { serveFolder } from './staticServer'
import { steadyLoad, type SteadyLoad } from './steadyLoad'
import { bytes, median, ms } from './stats'
import { wholeNumber } from './wholeNumber'

const DIST = '.next-perf'
const ARTICLE = EXAMPLE_ARTICLE_PATH

/** Issue 13's "done when": what WordPress and a static copy of its page score for the same article. */
const TARGETS = { score: 98, tbt: 50, lcp: 1800, transferred: 71 * 1024, rpsRatio: 0.3, p99: 100 }

// An extension nginx's mime.types maps back to the type the site sent, for files saved from a URL
// with a query string (/_next/image?url=…&w=640 has no extension of its own).
const EXTENSIONS: Record<string, string> = {
  'text/html': '.html',
  'text/css': '.css',
  'application/javascript': '.js',
  'text/javascript': '.js',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/x-icon': '.ico',
  'image/vnd.microsoft.icon': '.ico',
  'font/woff2': '.woff2',
  'font/woff': '.woff',
  'application/manifest+json': '.webmanifest',
  'application/json': '.json',
}

const BROWSER_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8'

const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g

/** The URLs a stylesheet (a file or a <style> element or a style attribute) pulls in. */
const cssReferences = (css: string) => [...css.matchAll(CSS_URL)].map((match) => (match[2] ?? match[4])!.trim())

/** srcset candidates: "url 640w, url 2x" (a URL may itself contain commas only when encoded). */
const srcsetUrls = (srcset: string) =>
  srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean)

// What a browser fetches while rendering a page, as opposed to links it only navigates to.
const SUBRESOURCE_RELS = /\b(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest)\b/i

/** Every subresource reference in the HTML, as written in it (entities decoded). */
function htmlReferences(html: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html')
  const found: string[] = []
  for (const element of document.querySelectorAll('*')) {
    // React writes srcSet and imageSrcSet; linkedom keeps the case an attribute was written in.
    const attributes = new Map([...element.attributes].map(({ name, value }) => [name.toLowerCase(), value]))
    const tag = element.tagName.toLowerCase()
    for (const name of ['src', 'poster']) {
      const value = attributes.get(name)
      if (value && tag !== 'iframe') found.push(value)
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const value = attributes.get(name)
      if (value) found.push(...srcsetUrls(value))
    }
    const href = attributes.get('href')
    if (tag === 'link' && href && SUBRESOURCE_RELS.test(attributes.get('rel') ?? '')) found.push(href)
    const style = attributes.get('style')
    if (style) found.push(...cssReferences(style))
  }
  for (const style of document.querySelectorAll('style')) found.push(...cssReferences(style.textContent ?? ''))
  return found.filter((reference) => !/^(data|blob|javascript):/i.test(reference))
}

type Mirror = { files: number; bytes: number }

/**
 * Saves the page at `origin + pagePath` and every same-origin file it references (stylesheets,
 * scripts, images with every srcset candidate, preloads, the fonts and images the CSS names) into
 * `folder` at the same paths. A URL with a query string is saved under a name derived from the
 * whole URL, and the HTML and CSS that reference it are rewritten to that name.
 */
async function mirrorPage(origin: string, pagePath: string, folder: string): Promise<Mirror> {
  const saved = new Map<string, string>()
  const mirror: Mirror = { files: 0, bytes: 0 }

  const write = (file: string, body: Buffer | string) => {
    const target = path.join(folder, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, body)
    mirror.files += 1
    mirror.bytes += Buffer.byteLength(body)
  }

  /** Rewrites the references to files saved under another name; longest first, so none is a prefix of a later one. */
  const rewrite = (text: string, base: URL, references: string[], escaped: boolean) => {
    const renamed = references
      .map((reference) => ({ reference, local: saved.get(new URL(reference, base).href) }))
      .filter((entry): entry is { reference: string; local: string } => entry.local !== undefined)
      .filter(({ reference, local }) => reference !== local)
      .sort((a, b) => b.reference.length - a.reference.length)
    for (const { reference, local } of renamed) {
      text = text.replaceAll(reference, local)
      if (escaped) text = text.replaceAll(reference.replaceAll('&', '&amp;'), local)
    }
    return text
  }

  const fetchOk = async (url: URL) => {
    // Chromium's Accept: the image optimizer answers in the format a browser would get (WebP, not the PNG source).
    const response = await fetch(url, { headers: { accept: BROWSER_ACCEPT } })
    if (!response.ok) throw new Error(`${url.pathname}${url.search} answered ${response.status}`)
    return response
  }

  const save = async (url: URL): Promise<void> => {
    if (url.origin !== origin || saved.has(url.href)) return
    const response = await fetchOk(url)
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim()
    const local = url.search
      ? `${url.pathname.replace(/\.[^./]*$/, '')}-${createHash('sha256')
          .update(url.pathname + url.search)
          .digest('hex')
          .slice(0, 16)}${EXTENSIONS[type] ?? path.extname(url.pathname)}`
      : decodeURIComponent(url.pathname)
    saved.set(url.href, local)
    if (type === 'text/css') {
      const css = await response.text()
      const references = cssReferences(css).filter((reference) => !/^data:/i.test(reference))
      await Promise.all(references.map((reference) => save(new URL(reference, url))))
      write(local, rewrite(css, url, references, false))
    } else write(local, Buffer.from(await response.arrayBuffer()))
  }

  const page = new URL(pagePath, origin)
  const html = await (await fetchOk(page)).text()
  const references = htmlReferences(html)
  await Promise.all(references.map((reference) => save(new URL(reference, page))))
  write(`${page.pathname}.html`, rewrite(html, page, references, true))
  return mirror
}

async function load(label: string, url: string, connections: number, seconds: number): Promise<SteadyLoad> {
  // A phone asks for gzip, and both servers compress on the fly.
  const result = await steadyLoad({ url, connections, seconds, headers: { 'accept-encoding': 'gzip' } })
  console.log(`${label}: ${Math.round(result.rps)} req/s, p99 ${ms(result.p99)} ms`)
  return result
}

type Side = { label: string; url: string; samples: LighthouseSample[] }

const pick = (side: Side, metric: NumericMetric) => median(side.samples.map((sample) => sample[metric]))
const ratio = (blog: number, copy: number) => (copy > 0 ? (blog / copy).toFixed(2) : '–')
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`
const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL')

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      runs: { type: 'string', default: '3' },
      port: { type: 'string', default: '3605' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  const duration = wholeNumber('--seconds', values.seconds, 1)
  const connections = wholeNumber('--connections', values.connections, 1)
  const runs = wholeNumber('--runs', values.runs, 1)
  const port = wholeNumber('--port', values.port, 1)
  const context = runContext()
  const builtFrom = await ensureBuild(DIST, values.rebuild)

  const next = await startSite({ distDir: DIST, port, env: benchEnv() })
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-compare-'))
  // nginx's workers drop to an unprivileged user when started by root; mkdtemp makes the folder 0700.
  chmodSync(folder, 0o755)
  let mirror: Mirror
  let blog: Side
  let copy: Side
  let blogLoad: SteadyLoad
  let copyLoad: SteadyLoad
  try {
    mirror = await mirrorPage(next.origin, ARTICLE, folder)
    console.log(`static copy: ${mirror.files} files, ${bytes(mirror.bytes)} in ${folder}`)
    const plain = await serveFolder(folder, port + 1)
    try {
      blog = { label: 'this blog', url: next.origin + ARTICLE, samples: [] }
      copy = { label: 'static copy', url: plain.origin + ARTICLE, samples: [] }
      const copied = await fetch(copy.url)
      if (copied.status !== 200) throw new Error(`the static copy answered ${copied.status} at ${ARTICLE}`)
      // Alternating, so a change in the machine's load during the run falls on both sides alike.
      for (let run = 1; run <= runs; run++) {
        for (const side of [blog, copy]) {
          const sample = await lighthouseSample(side.url, 'mobile')
          console.log(
            `${side.label} run ${run}: performance ${sample.score}, TBT ${ms(sample.tbt)} ms, LCP ${ms(sample.lcp)} ms, ${bytes(sample.transferred)} in ${sample.requests} requests`,
          )
          side.samples.push(sample)
        }
      }
      blogLoad = await load('this blog', blog.url, connections, duration)
      copyLoad = await load('static copy', copy.url, connections, duration)
    } finally {
      await plain.stop()
    }
  } finally {
    await next.stop()
    rmSync(folder, { recursive: true, force: true })
  }

  const row = (name: string, metric: NumericMetric, format: (value: number) => string) => [
    name,
    format(pick(blog, metric)),
    format(pick(copy, metric)),
    ratio(pick(blog, metric), pick(copy, metric)),
  ]
  const table = markdownTable({
    head: ['', blog.label, copy.label, 'ratio'],
    rows: [
      row(`Lighthouse mobile performance (median of ${runs})`, 'score', String),
      row('total blocking time', 'tbt', (value) => `${ms(value)} ms`),
      row('largest contentful paint', 'lcp', seconds),
      [
        'bytes transferred',
        ...[blog, copy].map((side) => `${bytes(pick(side, 'transferred'))} in ${pick(side, 'requests')} requests`),
        ratio(pick(blog, 'transferred'), pick(copy, 'transferred')),
      ],
      row('JavaScript transferred', 'scriptTransferred', bytes),
      [
        `requests/s at ${connections} connections`,
        Math.round(blogLoad.rps),
        Math.round(copyLoad.rps),
        ratio(blogLoad.rps, copyLoad.rps),
      ],
      [
        `p99 latency at ${connections} connections`,
        `${ms(blogLoad.p99)} ms`,
        `${ms(copyLoad.p99)} ms`,
        ratio(blogLoad.p99, copyLoad.p99),
      ],
    ],
  })
  const targets = markdownTable({
    head: ['issue-13 target (this blog)', 'measured', 'verdict'],
    rows: [
      [`performance >= ${TARGETS.score}`, pick(blog, 'score'), pass(pick(blog, 'score') >= TARGETS.score)],
      [`TBT <= ${TARGETS.tbt} ms`, `${ms(pick(blog, 'tbt'))} ms`, pass(pick(blog, 'tbt') <= TARGETS.tbt)],
      [`LCP <= ${seconds(TARGETS.lcp)}`, seconds(pick(blog, 'lcp')), pass(pick(blog, 'lcp') <= TARGETS.lcp)],
      [
        `transferred <= ${bytes(TARGETS.transferred)}`,
        bytes(pick(blog, 'transferred')),
        pass(pick(blog, 'transferred') <= TARGETS.transferred),
      ],
      [
        `req/s ratio >= ${TARGETS.rpsRatio.toFixed(2)}`,
        ratio(blogLoad.rps, copyLoad.rps),
        pass(blogLoad.rps / copyLoad.rps >= TARGETS.rpsRatio),
      ],
      [`p99 < ${TARGETS.p99} ms`, `${ms(blogLoad.p99)} ms`, pass(blogLoad.p99 < TARGETS.p99)],
    ],
  })
  const notes = [blog, copy].flatMap((side) => {
    const failed = [...new Set(side.samples.flatMap((sample) => sample.failed))]
    return [
      `${side.label}: scores ${side.samples.map((sample) => sample.score).join(', ')}; LCP element ${side.samples[0]!.lcpElement.slice(0, 160)}`,
      ...(failed.length ? [`${side.label}: requests answered >= 400: ${failed.join(', ')}`] : []),
    ]
  })
  report(
    `bench:compare (${ARTICLE}, this blog vs a static copy on nginx, build of commit ${builtFrom})`,
    context,
    [table, targets, notes.join('\n')],
    [
      `Reproduce: \`npm run bench:compare -- --seconds ${duration} --runs ${runs}\`.`,
      `Static copy: the page's HTML and the ${mirror.files - 1} same-origin files it references (${bytes(mirror.bytes)} uncompressed), served by nginx (one worker, gzip).`,
      `Lighthouse 12.2.3 mobile, default throttling (simulated slow 4G, 4x CPU slowdown), Chromium ${CHROMIUM_PATH}, fresh browser per run, runs alternating; bytes and requests from its network-requests audit (every request, prefetches included).`,
      `autocannon: ${connections} connections, one run per server whose first 2 s (warm-up) are not counted, then ${duration} s, Accept-Encoding gzip, load generator and servers on the same machine.`,
    ].join(' '),
  )
  if (blogLoad.failures + copyLoad.failures > 0)
    throw new Error(
      `autocannon saw failed requests: ${blogLoad.failures} on this blog, ${copyLoad.failures} on the copy`,
    )
}

main().catch((error: unknown) => {
  console.error(`bench:compare: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
