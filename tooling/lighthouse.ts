import { execFile } from 'node:child_process'
import path from 'node:path'
import type { Result } from 'lighthouse'
import { launchChromeForLighthouse } from './chromium'

export type FormFactor = 'mobile' | 'desktop'

export type LighthouseRun = {
  categories: readonly string[]
  /** desktop: Lighthouse's desktop preset; mobile (the default): its default mobile emulation and throttling. */
  formFactor?: FormFactor
  /** The debugging port of a Chromium to reuse; without it, a fresh one is launched for this run and ended after. */
  chromePort?: number
}

// Lighthouse runs in a plain Node process: under tsx, its in-page functions would carry esbuild's
// __name helper, which does not exist in the page.
function lighthouseCli(url: string, port: number, run: LighthouseRun): Promise<Result> {
  const cli = path.join(process.cwd(), 'node_modules/lighthouse/cli/index.js')
  const args = [
    cli,
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${run.categories.join(',')}`,
  ]
  if (run.formFactor === 'desktop') args.push('--preset=desktop')
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Lighthouse failed on ${url}: ${stderr || error.message}`))
      else resolve(JSON.parse(stdout) as Result)
    })
  })
}

/** Lighthouse's report for one URL; rejects when Lighthouse could not audit the page at all. */
export async function runLighthouse(url: string, run: LighthouseRun): Promise<Result> {
  const chrome = run.chromePort === undefined ? await launchChromeForLighthouse() : null
  try {
    const lhr = await lighthouseCli(url, run.chromePort ?? chrome!.port, run)
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    }
    return lhr
  } finally {
    chrome?.kill()
  }
}

/** A category's score, 0-100 as Lighthouse shows it; throws when Lighthouse gave none. */
export function categoryScore(lhr: Result, category: string): number {
  const score = lhr.categories[category]?.score
  if (score === undefined || score === null)
    throw new Error(`Lighthouse gave no ${category} score for ${lhr.finalDisplayedUrl}`)
  return Math.round(score * 100)
}

/** The audits of one category that cost points, as "id: title". */
export function failingAudits(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((entry) => entry !== undefined && entry.score !== null && entry.score < 1)
    .map((entry) => `${entry?.id}: ${entry?.title}`)
}

export type AccessibilityAudit = {
  /** 0-100, as Lighthouse reports it. */
  score: number
  /** The audits that cost points. */
  failing: string[]
}

/** Lighthouse's accessibility category for one URL, at its mobile or desktop settings, in a fresh Chromium. */
export async function accessibilityAudit(url: string, formFactor: FormFactor): Promise<AccessibilityAudit> {
  const lhr = await runLighthouse(url, { categories: ['accessibility'], formFactor })
  return { score: categoryScore(lhr, 'accessibility'), failing: failingAudits(lhr, 'accessibility') }
}
