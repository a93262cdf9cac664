/**
 * npm run bench:build [-- --articles 10,100,1000 --seed S --keep]
 * `next build` in embedded mode on generated datasets of N articles: wall time, peak memory of
 * the whole build (all worker processes), pages generated, and the time each extra page costs.
 * Each build starts cold (its dist folder, cache included, is removed first).
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_SEED, ensureBenchDataset } from '../../tooling/benchDatasetFile'
import { runContext } from './machine'
import { nextBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { bytes } from './stats'
import { wholeNumber } from './wholeNumber'

type Measured = { articles: number; pages: number; seconds: number; peakBytes: number; peakProcessBytes: number }

function prerenderedPages(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).length
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10,100,1000' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  })
  const sizes = values.articles
    .split(',')
    .map((text) => wholeNumber('--articles', text, 1))
    .sort((a, b) => a - b)
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed, 0)
  const context = runContext()

  const measured: Measured[] = []
  for (const articles of sizes) {
    const datasetFile = ensureBenchDataset(articles, seed)
    const distDir = `.next-perf-${articles}`
    rmSync(path.join(process.cwd(), distDir), { recursive: true, force: true })
    console.log(`next build with ${datasetFile} into ${distDir}…`)
    const result = await nextBuild(distDir, datasetFile)
    const pages = prerenderedPages(distDir)
    measured.push({ articles, pages, ...result })
    console.log(
      `${articles} articles: ${pages} pages in ${result.seconds.toFixed(1)} s, peak ${bytes(result.peakBytes)} (largest process ${bytes(result.peakProcessBytes)})`,
    )
    if (!values.keep) rmSync(path.join(process.cwd(), distDir), { recursive: true, force: true })
  }

  // The cost of one more page between consecutive sizes: constant when builds grow linearly.
  const steps = measured.slice(1).map((current, index) => {
    const previous = measured[index]!
    return {
      from: previous,
      to: current,
      perPage: (current.seconds - previous.seconds) / (current.pages - previous.pages),
    }
  })
  const first = steps[0]
  const last = steps[steps.length - 1]
  const growth =
    first && last && first !== last && first.perPage > 0
      ? `Time per extra page went from ${(first.perPage * 1000).toFixed(0)} ms (${first.from.articles}->${first.to.articles} articles) to ${(last.perPage * 1000).toFixed(0)} ms (${last.from.articles}->${last.to.articles}): ${(last.perPage / first.perPage).toFixed(2)}x. Linear growth keeps this ratio near 1 (fixed costs make the first step look dearer); quadratic growth would multiply it by the growth in N (${(last.to.articles / first.to.articles).toFixed(0)}x).`
      : 'Run at least three sizes to compare the cost of extra pages.'
  report(`bench:build (${sizes.join(', ')} articles, seed ${seed})`, context, [
    markdownTable({
      head: [
        'articles',
        'pages generated',
        'wall time s',
        'peak memory (all processes)',
        'largest process',
        'ms per page',
      ],
      rows: measured.map((entry) => [
        entry.articles,
        entry.pages,
        entry.seconds.toFixed(1),
        bytes(entry.peakBytes),
        bytes(entry.peakProcessBytes),
        ((entry.seconds * 1000) / entry.pages).toFixed(0),
      ]),
    }),
    markdownTable({
      head: ['step', 'extra pages', 'extra seconds', 'ms per extra page'],
      rows: steps.map((step) => [
        `${step.from.articles} -> ${step.to.articles}`,
        step.to.pages - step.from.pages,
        (step.to.seconds - step.from.seconds).toFixed(1),
        (step.perPage * 1000).toFixed(0),
      ]),
    }),
    growth,
  ])
}

main().catch((error: unknown) => {
  console.error(`bench:build: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
