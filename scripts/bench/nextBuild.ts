import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runContext } from './machine'
import { treePeakMemory } from './peakMemory'

export const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

export type BuildResult = { seconds: number; peakBytes: number; peakProcessBytes: number }

/** Environment for every next command of the benchmarks: no telemetry, embedded mode, our own dist dir. */
export function nextEnv(distDir: string, datasetFile?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NEXT_DIST_DIR: distDir }
  // Embedded mode: the benchmarks measure the bundled (or generated) dataset, never a Content Lake.
  delete env.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (datasetFile) env.EMBEDDED_DATASET_FILE = datasetFile
  else delete env.EMBEDDED_DATASET_FILE
  return env
}

// `next build` adds its dist folder's types to tsconfig.json (and may touch next-env.d.ts);
// a benchmark must leave the working tree as it found it.
function preserveFiles(names: string[]): () => void {
  const saved = names.map((name) => {
    const file = path.join(process.cwd(), name)
    return { file, content: existsSync(file) ? readFileSync(file, 'utf8') : null }
  })
  return () => {
    for (const { file, content } of saved) {
      if (content !== null && readFileSync(file, 'utf8') !== content) writeFileSync(file, content)
    }
  }
}

/** Runs `next build` into distDir, timing it and sampling the memory of its whole process tree. */
export async function nextBuild(distDir: string, datasetFile?: string, quiet = true): Promise<BuildResult> {
  const restore = preserveFiles(['tsconfig.json', 'next-env.d.ts'])
  const started = performance.now()
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], { env: nextEnv(distDir, datasetFile), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk
    if (!quiet) process.stdout.write(chunk)
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk
    if (!quiet) process.stderr.write(chunk)
  })
  const peak = treePeakMemory(child.pid!)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const memory = peak.stop()
  restore()
  if (code !== 0) throw new Error(`next build (${datasetFile ?? 'bundled dataset'}, ${distDir}) failed with exit code ${code}:\n${output.slice(-4000)}`)
  const seconds = (performance.now() - started) / 1000
  writeFileSync(path.join(process.cwd(), distDir, 'perf-build.json'), JSON.stringify({ commit: runContext().commit, datasetFile: datasetFile ?? null }))
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
