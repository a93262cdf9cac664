// npm run audit:seo — Lighthouse 12 (default mobile settings) on the home page, the blog index and
// the example article of a production build served by `next start`, with Debian's Chromium (never
// a downloaded browser). Prints the four category scores of each page; fails unless SEO is 100 on
// every one. Build first: `npm run build && npm run audit:seo` (NEXT_DIST_DIR for another folder).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import type { Result } from 'lighthouse'
import { startNextServer } from '../tests/seo/support/nextServer'

const PAGES = ['/', '/blog', '/blog/ketamine-postpartum-depression']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

type Scores = Record<(typeof CATEGORIES)[number], number>

// Lighthouse runs in a plain Node process: under tsx, its in-page functions would carry esbuild's
// __name helper, which does not exist in the page.
function runLighthouse(url: string, port: number): Promise<Result> {
  const cli = path.join(process.cwd(), 'node_modules/lighthouse/cli', 'index.js')
  const args = [cli, url, `--port=${port}`, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Lighthouse failed on ${url}: ${stderr || error.message}`))
      else resolve(JSON.parse(stdout) as Result)
    })
  })
}

async function audit(url: string, port: number): Promise<{ scores: Scores; seoFailures: string[] }> {
  const lhr = await runLighthouse(url, port)
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Scores
  const seoFailures = (lhr.categories.seo?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((entry) => entry !== undefined && entry.score !== null && entry.score < 1)
    .map((entry) => `${entry?.id}: ${entry?.title}`)
  return { scores, seoFailures }
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`)
  const server = await startNextServer()
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'error' })
  let failed = false
  try {
    console.log(['page'.padEnd(42), ...CATEGORIES.map((id) => id.padStart(15))].join(''))
    for (const path of PAGES) {
      const { scores, seoFailures } = await audit(`${server.origin}${path}`, chrome.port)
      console.log([path.padEnd(42), ...CATEGORIES.map((id) => String(scores[id]).padStart(15))].join(''))
      if (scores.seo !== 100) {
        failed = true
        for (const failure of seoFailures) console.log(`  SEO: ${failure}`)
      }
    }
  } finally {
    chrome.kill()
    await server.stop()
  }
  console.log(failed ? 'SEO is below 100 on at least one page' : 'SEO 100 on every page')
  return failed ? 1 : 0
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
