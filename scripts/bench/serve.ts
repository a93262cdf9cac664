/**
 * npm run bench:serve [-- --seconds 20 --connections 50 --rebuild]
 * Requests per second and p99 latency, in one run, for: the example article on `next start`,
 * the same server's smallest static page (the framework's floor), and the article's HTML from a
 * plain Node static file server. Load generator and servers share the machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EXAMPLE_ARTICLE_PATH } from '../../tooling/exampleArticle'
import { startSite } from '../../tooling/nextSite'
import { runContext } from './machine'
import { benchEnv, ensureBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { serveFile } from './staticServer'
import { steadyLoad, type SteadyLoad } from './steadyLoad'
import { bytes, ms } from './stats'
import { wholeNumber } from './wholeNumber'

const DIST = '.next-perf'
const ARTICLE = EXAMPLE_ARTICLE_PATH

/**
 * The prerendered page with the least HTML that answers 200: the cheapest page Next can serve.
 * Both routers prerender: the App Router's pages land in server/app, the Pages Router's in server/pages.
 */
async function smallestStaticPage(origin: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), DIST, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  const pages = Object.keys(manifest.routes)
    .filter((route) => route !== ARTICLE)
    .flatMap((route) =>
      ['app', 'pages'].map((router) => ({
        route,
        file: path.join(process.cwd(), DIST, 'server', router, `${route === '/' ? '/index' : route}.html`),
      })),
    )
    .filter(({ file }) => existsSync(file))
    .sort((a, b) => statSync(a.file).size - statSync(b.file).size)
  for (const { route } of pages) {
    if ((await fetch(origin + route)).status === 200) return route
  }
  throw new Error('the build has no prerendered page that answers 200')
}

type Measured = { label: string; url: string; result: SteadyLoad }

async function load(label: string, url: string, connections: number, seconds: number): Promise<Measured> {
  const result = await steadyLoad({ url, connections, seconds })
  console.log(`${label}: ${Math.round(result.rps)} req/s, p99 ${ms(result.p99)} ms`)
  return { label, url, result }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
      port: { type: 'string', default: '3601' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  const seconds = wholeNumber('--seconds', values.seconds, 1)
  const connections = wholeNumber('--connections', values.connections, 1)
  const port = wholeNumber('--port', values.port, 1)
  const context = runContext()
  const builtFrom = await ensureBuild(DIST, values.rebuild)

  const next = await startSite({ distDir: DIST, port, env: benchEnv() })
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-serve-'))
  const measured: Measured[] = []
  let floorRoute = ''
  let articleBytes = 0
  try {
    const article = await fetch(next.origin + ARTICLE)
    if (article.status !== 200) throw new Error(`${ARTICLE} answered ${article.status} on next start`)
    const html = await article.text()
    articleBytes = Buffer.byteLength(html)
    writeFileSync(path.join(folder, 'article.html'), html)
    floorRoute = await smallestStaticPage(next.origin)
    const plain = await serveFile(path.join(folder, 'article.html'), port + 1)
    try {
      measured.push(await load('article, next start', next.origin + ARTICLE, connections, seconds))
      measured.push(
        await load(`smallest static page (${floorRoute}), next start`, next.origin + floorRoute, connections, seconds),
      )
      measured.push(await load('article HTML, plain Node static server', plain.origin + '/', connections, seconds))
    } finally {
      await plain.stop()
    }
  } finally {
    await next.stop()
    rmSync(folder, { recursive: true, force: true })
  }

  const [article, floor, staticFile] = measured as [Measured, Measured, Measured]
  const rps = (entry: Measured) => entry.result.rps
  const failures = (entry: Measured) => entry.result.failures
  report(`bench:serve (${connections} connections, ${seconds} s each, build of commit ${builtFrom})`, context, [
    markdownTable({
      head: ['what', 'URL', 'req/s', 'p50 ms', 'p99 ms', 'throughput/s', 'errors + non-2xx'],
      rows: measured.map((entry) => [
        entry.label,
        entry.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
        Math.round(rps(entry)),
        ms(entry.result.p50),
        ms(entry.result.p99),
        bytes(entry.result.bytesPerSecond),
        failures(entry),
      ]),
    }),
    [
      `Article HTML: ${bytes(articleBytes)} uncompressed (autocannon sends no Accept-Encoding).`,
      `Article / smallest static page on next start: ${(rps(article) / rps(floor)).toFixed(2)} of the requests per second, p99 ${(article.result.p99 / Math.max(1, floor.result.p99)).toFixed(2)}x.`,
      `Article on next start / same HTML from a plain Node static server: ${(rps(article) / rps(staticFile)).toFixed(2)} of the requests per second, p99 ${(article.result.p99 / Math.max(1, staticFile.result.p99)).toFixed(2)}x.`,
    ].join('\n'),
  ])
  if (measured.some((entry) => failures(entry) > 0)) throw new Error('some requests failed: see the table')
}

main().catch((error: unknown) => {
  console.error(`bench:serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
