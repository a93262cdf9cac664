/**
 * npm run bench:build [-- --articles 1000,10000 --modes embedded,sanity --seed S --keep]
 * `next build` on generated datasets of N articles, in embedded mode and in Sanity mode against
 * the local Content Lake stand-in (tests/support/contentLakeServer.ts, seeded over HTTP with the
 * importer's own writer): wall time, pages generated, peak memory of the whole build (all worker
 * processes) and the machine's load. The build renders only the newest PRERENDER_ARTICLES (200 by
 * default) articles ahead, so beyond that its time should stay flat. Each build starts cold (its
 * dist folder, cache included, is removed first).
 */
import { rmSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createClient } from '@sanity/client'
import { bundledImagePath, readDatasetDocuments } from '../../lib/dataset/bundledDataset'
import { exportedImages } from '../../lib/dataset/exportedImages'
import { parsePrerenderEnv } from '../../lib/env/prerenderEnv'
import { seedDataset } from '../../lib/importer/seedDataset'
import { startContentLakeServer, type ContentLakeServer } from '../../tooling/contentLakeServer'
import { DEFAULT_SEED, ensureBenchDataset } from '../../tooling/benchDatasetFile'
import type { NextEnv } from '../../tooling/nextSite'
import { runContext } from './machine'
import { benchEnv, nextBuild } from './nextBuild'
import { markdownTable, report } from './report'
import { bytes } from './stats'
import { wholeNumber } from './wholeNumber'

const MODES = ['embedded', 'sanity'] as const
type Mode = (typeof MODES)[number]

type Measured = {
  mode: Mode
  articles: number
  pages: number
  seconds: number
  peakBytes: number
  peakProcessBytes: number
  loadBefore: number
  loadAfter: number
}

function prerenderedPages(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).length
}

const oneMinuteLoad = () => os.loadavg()[0]!

/** A local Content Lake holding the dataset, written the way `npm run seed` writes (images uploaded first). */
async function seededLake(datasetFile: string): Promise<ContentLakeServer> {
  const lake = await startContentLakeServer()
  const documents = readDatasetDocuments(datasetFile)
  const assets = exportedImages(documents).map(({ fileName, assetId }) => ({
    path: bundledImagePath(fileName),
    fileName,
    assetId,
  }))
  const client = createClient({
    projectId: 'bench',
    dataset: lake.dataset,
    token: lake.token,
    apiVersion: '2025-02-19',
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
  })
  const seeded = await seedDataset(client, { documents, assets }, { replace: false })
  if (seeded.refused !== undefined) throw new Error(`seeding the local Content Lake: ${seeded.refused}`)
  return lake
}

async function measure(mode: Mode, articles: number, datasetFile: string, keep: boolean): Promise<Measured> {
  const distDir = `.next-perf-${mode}-${articles}`
  rmSync(path.join(process.cwd(), distDir), { recursive: true, force: true })
  let lake: ContentLakeServer | undefined
  let env: NextEnv = benchEnv(datasetFile)
  if (mode === 'sanity') {
    console.log(`seeding a local Content Lake with ${datasetFile}…`)
    lake = await seededLake(datasetFile)
    env = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'bench',
      NEXT_PUBLIC_SANITY_DATASET: lake.dataset,
      SANITY_API_HOST: lake.url,
      EMBEDDED_DATASET_FILE: undefined,
    }
  }
  try {
    console.log(`next build (${mode}) with ${datasetFile} into ${distDir}…`)
    const loadBefore = oneMinuteLoad()
    const result = await nextBuild(distDir, datasetFile, env)
    const measured = {
      mode,
      articles,
      pages: prerenderedPages(distDir),
      ...result,
      loadBefore,
      loadAfter: oneMinuteLoad(),
    }
    console.log(
      `${mode}, ${articles} articles: ${measured.pages} pages in ${result.seconds.toFixed(1)} s, peak ${bytes(result.peakBytes)}, load ${loadBefore.toFixed(1)} -> ${measured.loadAfter.toFixed(1)}`,
    )
    return measured
  } finally {
    await lake?.close()
    if (!keep) rmSync(path.join(process.cwd(), distDir), { recursive: true, force: true })
  }
}

/** Whether the largest archive built in about the time of the smallest, for one mode. */
function flatness(measured: Measured[], mode: Mode): string | null {
  const runs = measured.filter((entry) => entry.mode === mode)
  const smallest = runs[0]
  const largest = runs[runs.length - 1]
  if (!smallest || !largest || smallest === largest) return null
  const ratio = largest.seconds / smallest.seconds
  return `${mode}: ${largest.articles} articles built in ${largest.seconds.toFixed(0)} s, ${smallest.articles} in ${smallest.seconds.toFixed(0)} s (${ratio.toFixed(2)}x for ${(largest.articles / smallest.articles).toFixed(0)}x the articles; ${largest.pages - smallest.pages} more pages generated).`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000,10000' },
      modes: { type: 'string', default: MODES.join(',') },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  })
  const sizes = values.articles
    .split(',')
    .map((text) => wholeNumber('--articles', text, 1))
    .sort((a, b) => a - b)
  const modes = values.modes.split(',').map((text) => {
    const mode = MODES.find((known) => known === text.trim())
    if (!mode) throw new Error(`--modes: unknown mode "${text}" (known: ${MODES.join(', ')})`)
    return mode
  })
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed, 0)
  const prerender = parsePrerenderEnv(process.env).articles
  const context = runContext()

  const measured: Measured[] = []
  for (const mode of modes) {
    for (const articles of sizes)
      measured.push(await measure(mode, articles, ensureBenchDataset(articles, seed), values.keep))
  }

  report(
    `bench:build (${modes.join(' and ')} mode, ${sizes.join(', ')} articles, seed ${seed}, PRERENDER_ARTICLES ${prerender})`,
    context,
    [
      markdownTable({
        head: [
          'mode',
          'articles',
          'pages generated',
          'wall time s',
          'peak memory (all processes)',
          'largest process',
          'load (1 min) at start -> end',
        ],
        rows: measured.map((entry) => [
          entry.mode,
          entry.articles,
          entry.pages,
          entry.seconds.toFixed(1),
          bytes(entry.peakBytes),
          bytes(entry.peakProcessBytes),
          `${entry.loadBefore.toFixed(1)} -> ${entry.loadAfter.toFixed(1)}`,
        ]),
      }),
      modes
        .map((mode) => flatness(measured, mode))
        .filter((line) => line !== null)
        .join(' ') || 'Run at least two sizes to compare.',
    ],
  )
}

main().catch((error: unknown) => {
  console.error(`bench:build: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
