/**
 * npm run bench:import [-- --posts 10000 --seed 1 --heap MB --keep]
 * Generates a WordPress export of N posts (tooling/wxrGenerator.ts, about 12 KB a post,
 * the same bytes for the same seed, cached in tmp/bench-import/), runs the importer CLI on it
 * in a child process (`npm run import -- <export> --out <dataset>`), and appends wall time,
 * throughput and peak memory to docs/benchmarks.md. Peak memory is the child's own high-water
 * mark (process.resourceUsage().maxRSS, recorded at exit) and, as a cross-check, the largest
 * resident size sampled from /proc every 250 ms. `--heap MB` caps the importer's V8 heap
 * (--max-old-space-size): V8 grows its heap lazily up to a limit set from the machine's memory,
 * so the uncapped peak shows what it chose to use, the capped run what the import needs.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { progressReporter } from '../../lib/importer/progress'
import { runContext } from './machine'
import { treePeakMemory } from './peakMemory'
import { markdownTable, report } from './report'
import { bytes } from './stats'
import { wholeNumber } from './wholeNumber'
import { writeWxr } from '../../tooling/wxrGenerator'

const FOLDER = path.join(process.cwd(), 'tmp', 'bench-import')

type Measured = {
  seconds: number
  maxRss: number
  sampledPeak: number
  exitCode: number
  summary: string
  warnings: number
  errors: number
  outputBytes: number
  documents: number
}

async function ensureExport(posts: number, seed: number): Promise<string> {
  const file = path.join(FOLDER, `posts-${posts}-seed-${seed}.xml`)
  if (existsSync(file)) return file
  mkdirSync(FOLDER, { recursive: true })
  console.log(`generating ${file}…`)
  const started = performance.now()
  // Written under a temporary name: an interrupted generation never passes for a complete export.
  const size = await writeWxr(`${file}.partial`, { posts, seed })
  renameSync(`${file}.partial`, file)
  console.log(`${bytes(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return file
}

function countLines(file: string): number {
  const text = readFileSync(file, 'utf8')
  return text.length === 0 ? 0 : text.split('\n').length - 1
}

async function runImport(wxr: string, out: string, log: string, heapMb: number | undefined): Promise<Measured> {
  const usageFile = path.join(FOLDER, 'usage.json')
  rmSync(usageFile, { force: true })
  const logStream = createWriteStream(log)
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [
      ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
      '--import',
      'tsx',
      '--import',
      path.join(process.cwd(), 'scripts', 'bench', 'recordUsage.ts'),
      path.join(process.cwd(), 'scripts', 'import.ts'),
      wxr,
      '--out',
      out,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_USAGE_FILE: usageFile } },
  )
  const sampler = treePeakMemory(child.pid as number)
  // The child writes to pipes, so it prints a progress line every tenth; the bench redraws
  // them as one line on a terminal, and keeps everything else (warnings) out of the way in the log.
  const progress = progressReporter((line) => console.log(line))
  let summary = ''
  let warnings = 0
  let errors = 0
  const read = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((resolve) => {
      const lines = createInterface({ input: stream })
      lines.on('line', (line) => {
        logStream.write(`${line}\n`)
        const match = /^progress: ([\d,]+)\/([\d,]+) (.+?)(?: {2}|$)/.exec(line)
        if (match) return progress(Number(match[1]!.replace(/,/g, '')), Number(match[2]!.replace(/,/g, '')), match[3]!)
        if (line.startsWith('warning:')) warnings += 1
        else if (line.startsWith('error:')) errors += 1
        else if (/^Imported /.test(line)) summary = line
      })
      lines.on('close', resolve)
    })
  // 'close' comes after the exit and after both pipes are drained.
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    // A child killed by a signal has no exit code: say which signal, rather than a plain failure.
    child.on('close', (code, signal) => {
      if (signal) console.error(`the importer was killed by ${signal}`)
      resolve(code ?? 128)
    })
  })
  const [exitCode] = await Promise.all([closed, read(child.stdout), read(child.stderr)])
  const seconds = (performance.now() - started) / 1000
  const sampled = sampler.stop()
  logStream.end()
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number }) : undefined
  return {
    seconds,
    maxRss: (usage?.maxRSS ?? 0) * 1024,
    sampledPeak: sampled.process,
    exitCode,
    summary,
    warnings,
    errors,
    outputBytes: existsSync(out) ? statSync(out).size : 0,
    documents: existsSync(out) ? countLines(out) : 0,
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      heap: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  })
  const heapMb = values.heap === undefined ? undefined : wholeNumber('--heap', values.heap, 16)
  const posts = wholeNumber('--posts', values.posts, 1)
  const seed = wholeNumber('--seed', values.seed, 0)
  const context = runContext()
  const wxr = await ensureExport(posts, seed)
  const wxrBytes = statSync(wxr).size
  const outFolder = path.join(FOLDER, `out-${posts}`)
  rmSync(outFolder, { recursive: true, force: true })
  mkdirSync(outFolder, { recursive: true })
  const out = path.join(outFolder, 'dataset.ndjson')
  const log = path.join(FOLDER, `import-${posts}.log`)
  console.log(
    `npm run import -- ${path.relative(process.cwd(), wxr)} --out ${path.relative(process.cwd(), out)} (output in ${path.relative(process.cwd(), log)})`,
  )
  const result = await runImport(wxr, out, log, heapMb)
  if (!values.keep) rmSync(outFolder, { recursive: true, force: true })
  if (result.documents === 0) throw new Error(`the import wrote nothing (exit code ${result.exitCode}); see ${log}`)

  report(
    `bench:import (${posts.toLocaleString('en-US')} posts, seed ${seed}${heapMb ? `, heap capped at ${heapMb} MB` : ''})`,
    context,
    [
      markdownTable({
        head: [
          'posts in export',
          'export size',
          'wall time s',
          'posts/s',
          'MB/s',
          'peak memory (maxRSS)',
          'peak sampled',
          'documents written',
          'NDJSON size',
          'exit code',
        ],
        rows: [
          [
            posts.toLocaleString('en-US'),
            bytes(wxrBytes),
            result.seconds.toFixed(1),
            (posts / result.seconds).toFixed(0),
            (wxrBytes / 1024 / 1024 / result.seconds).toFixed(1),
            bytes(result.maxRss),
            bytes(result.sampledPeak),
            result.documents.toLocaleString('en-US'),
            bytes(result.outputBytes),
            result.exitCode,
          ],
        ],
      }),
      `Importer summary: ${result.summary.replace(/^Imported /, '') || '(none printed)'}; ${result.warnings.toLocaleString('en-US')} warning lines, ${result.errors.toLocaleString('en-US')} error lines (the export has drafts, private posts, pages, repeated slugs and images without alt text on purpose).`,
    ],
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
