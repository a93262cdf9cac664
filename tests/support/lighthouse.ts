import { execFile } from 'node:child_process'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import type { Result } from 'lighthouse'
import { assertChromium, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium'

export type LighthouseRun = {
  categories: readonly string[]
  /** Lighthouse's desktop preset; without it, its default mobile emulation. */
  preset?: 'desktop'
}

/** Debian's Chromium with a debugging port for Lighthouse to drive (chrome.port); chrome.kill() ends it. */
export async function launchChromeForLighthouse(): Promise<chromeLauncher.LaunchedChrome> {
  assertChromium()
  return chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' })
}

// Lighthouse runs in a plain Node process: under tsx, its in-page functions would carry esbuild's
// __name helper, which does not exist in the page.
export function runLighthouse(url: string, port: number, run: LighthouseRun): Promise<Result> {
  const cli = path.join(process.cwd(), 'node_modules/lighthouse/cli', 'index.js')
  const args = [cli, url, `--port=${port}`, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${run.categories.join(',')}`]
  if (run.preset) args.push(`--preset=${run.preset}`)
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Lighthouse failed on ${url}: ${stderr || error.message}`))
      else resolve(JSON.parse(stdout) as Result)
    })
  })
}

/** The audits of one category that cost points, as "id: title". */
export function failingAudits(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((entry) => entry !== undefined && entry.score !== null && entry.score < 1)
    .map((entry) => `${entry?.id}: ${entry?.title}`)
}
