/**
 * npm run bench:lighthouse [-- --runs 3 --rebuild]
 * Lighthouse 12 performance audit of the example article on `next start`, mobile and desktop,
 * each the median of --runs runs in a fresh Chromium: score, LCP, TBT, CLS, and what the page
 * downloaded (every request, prefetches included).
 */
import { parseArgs } from 'node:util'
import { CHROMIUM_PATH } from '../../tooling/chromium'
import { EXAMPLE_ARTICLE_PATH } from '../../tooling/exampleArticle'
import type { FormFactor } from '../../tooling/lighthouse'
import { startSite } from '../../tooling/nextSite'
import { lighthouseSample, type LighthouseSample, type NumericMetric } from './lighthouseSample'
import { runContext } from './machine'
import { benchEnv, ensureBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { bytes, median, ms } from './stats'
import { wholeNumber } from './wholeNumber'

const DIST = '.next-perf'
const ARTICLE = EXAMPLE_ARTICLE_PATH

/**
 * One run, repeated once if Lighthouse could not record it at all (a trace without navigation
 * start, NO_NAVSTART, happens on a loaded machine): such a run has no figures, so repeating it
 * biases nothing; the report says how many were repeated.
 */
async function sampleWithRetry(url: string, formFactor: FormFactor, retried: string[]): Promise<LighthouseSample> {
  try {
    return await lighthouseSample(url, formFactor)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    console.log(`${formFactor}: Lighthouse could not record a run, repeating it once (${reason})`)
    retried.push(`${formFactor}: ${reason.slice(0, 200)}`)
    return lighthouseSample(url, formFactor)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      port: { type: 'string', default: '3604' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  const runs = wholeNumber('--runs', values.runs, 1)
  const port = wholeNumber('--port', values.port, 1)
  const context = runContext()
  const builtFrom = await ensureBuild(DIST, values.rebuild)

  const server = await startSite({ distDir: DIST, port, env: benchEnv() })
  const rows: (string | number)[][] = []
  const notes: string[] = []
  const retried: string[] = []
  const medians: Partial<Record<FormFactor, { score: number; cls: number }>> = {}
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const samples: LighthouseSample[] = []
      for (let run = 1; run <= runs; run++) {
        const sample = await sampleWithRetry(server.origin + ARTICLE, formFactor, retried)
        console.log(
          `${formFactor} run ${run}: performance ${sample.score}, LCP ${ms(sample.lcp)} ms, TBT ${ms(sample.tbt)} ms, CLS ${sample.cls.toFixed(3)}, ${bytes(sample.transferred)} in ${sample.requests} requests`,
        )
        samples.push(sample)
      }
      const pick = (metric: NumericMetric) => median(samples.map((sample) => sample[metric]))
      medians[formFactor] = { score: pick('score'), cls: pick('cls') }
      rows.push([
        formFactor,
        runs,
        pick('score'),
        ms(pick('fcp')),
        ms(pick('lcp')),
        ms(pick('tbt')),
        pick('cls').toFixed(3),
        `${bytes(pick('transferred'))} in ${pick('requests')}`,
        bytes(pick('scriptTransferred')),
        samples.map((sample) => sample.score).join(', '),
      ])
      notes.push(`${formFactor}: LCP element ${samples[0]!.lcpElement.slice(0, 160)}`)
      const shifted = [...new Set(samples.flatMap((sample) => sample.shifts))]
      if (shifted.length)
        notes.push(
          `${formFactor}: elements that shifted: ${shifted.map((snippet) => snippet.slice(0, 120)).join('; ')}`,
        )
    }
  } finally {
    await server.stop()
  }
  const mobile = medians.mobile!
  const misses = [
    ...(mobile.score < 98 ? [`mobile performance ${mobile.score} (goal 98)`] : []),
    ...(mobile.cls > 0 ? [`mobile CLS ${mobile.cls.toFixed(3)} (goal 0)`] : []),
  ]
  const verdict = misses.length ? `missed: ${misses.join(', ')}` : 'met'
  report(
    `bench:lighthouse (${ARTICLE}, median of ${runs}, build of commit ${builtFrom})`,
    context,
    [
      markdownTable({
        head: [
          'form factor',
          'runs',
          'performance',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
          'transferred in requests',
          'JavaScript transferred',
          'scores',
        ],
        rows,
      }),
      [
        ...notes,
        ...(retried.length ? [`Runs Lighthouse could not record and that were repeated: ${retried.join('; ')}`] : []),
        `Goal (performance >= 98 on mobile, CLS 0): ${verdict}.`,
      ].join('\n'),
    ],
    `Lighthouse 12.2.3, default throttling (mobile: simulated slow 4G and 4x CPU slowdown; desktop: desktop preset), Chromium ${CHROMIUM_PATH}. Transferred bytes and requests: every request of the network-requests audit, prefetches included.`,
  )
}

main().catch((error: unknown) => {
  console.error(`bench:lighthouse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
