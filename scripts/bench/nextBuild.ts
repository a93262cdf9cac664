import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startBuild, type NextEnv } from '../../tooling/nextSite'
import { runContext } from './machine'
import { treePeakMemory } from './peakMemory'

export type BuildResult = { seconds: number; peakBytes: number; peakProcessBytes: number }

/** Environment of every next command of the benchmarks: embedded mode on the bundled (or a generated) dataset, never a Content Lake. */
export function benchEnv(datasetFile?: string): NextEnv {
  return { NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, EMBEDDED_DATASET_FILE: datasetFile }
}

/**
 * Runs `next build` into distDir, timing it and sampling the memory of its whole process tree;
 * in embedded mode on `datasetFile` unless `env` points the site elsewhere (a Content Lake).
 */
export async function nextBuild(
  distDir: string,
  datasetFile?: string,
  env: NextEnv = benchEnv(datasetFile),
): Promise<BuildResult> {
  const build = startBuild({ distDir, env })
  const peak = treePeakMemory(build.pid)
  const { code, output, seconds } = await build.finished
  const memory = peak.stop()
  if (code !== 0) {
    throw new Error(
      `next build (${datasetFile ?? 'bundled dataset'}, ${distDir}) failed with exit code ${code}:\n${output.slice(-4000)}`,
    )
  }
  writeFileSync(
    path.join(process.cwd(), distDir, 'perf-build.json'),
    JSON.stringify({ commit: runContext().commit, datasetFile: datasetFile ?? null }),
  )
  return { seconds, peakBytes: memory.tree, peakProcessBytes: memory.process }
}

/**
 * Builds with the bundled dataset unless distDir already holds a bundled-dataset build made by
 * the benchmarks (serve, weight and lighthouse share one build); `rebuild` forces a fresh one.
 * Returns the commit the measured build was made from, for the report.
 */
export async function ensureBuild(distDir: string, rebuild: boolean): Promise<string> {
  const marker = path.join(process.cwd(), distDir, 'perf-build.json')
  if (!rebuild && existsSync(marker)) {
    const built = JSON.parse(readFileSync(marker, 'utf8')) as { commit?: string; datasetFile?: string | null }
    if (built.datasetFile === null && built.commit) {
      console.log(`reusing the build in ${distDir}, made from commit ${built.commit} (--rebuild to build again)`)
      return built.commit
    }
  }
  console.log(`building the site into ${distDir} (bundled dataset)…`)
  const result = await nextBuild(distDir)
  console.log(`built in ${result.seconds.toFixed(0)} s`)
  return runContext().commit
}
