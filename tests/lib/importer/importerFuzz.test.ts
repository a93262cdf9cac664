import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fuzzInputs } from '../../support/importerFuzzInputs'

// Fuzzes the import command (npm run import) with random and mutated text, HTML and WXR files.
// Each file is imported on its own, in a child process watched by this test, so that a hang,
// even in a synchronous loop, is caught and named. Reproduce a failure with the seed it prints
// (FUZZ_SEED=<seed>); FUZZ_RUNS raises the number of inputs when hunting for bugs.
const SEED = Number(process.env.FUZZ_SEED ?? 20261126)
const RUNS = Number(process.env.FUZZ_RUNS ?? 160)
/** Generous for a loaded two-core CI machine; an import of these inputs takes milliseconds. */
const PER_FILE_LIMIT_MS = 15_000
const SENTINEL = '{"_id":"sentinel","_type":"sentinel"}\n'

type Report =
  | { start: string }
  | { done: string; code?: number; threw?: string; ms: number; stderr?: string[] }
  | { unhandled: string }
  | { finished: true }

type Outcome = { reports: Report[]; hung?: string }

/** Runs tests/support/importEach.ts, killing it if one file takes longer than the limit. */
function importEach(inputs: string, outputs: string): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/importEach.ts', inputs, outputs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const reports: Report[] = []
  let hung: string | undefined
  let watchdog: NodeJS.Timeout | undefined
  createInterface({ input: child.stdout }).on('line', (line) => {
    const report = JSON.parse(line) as Report
    reports.push(report)
    clearTimeout(watchdog)
    if ('start' in report) {
      watchdog = setTimeout(() => {
        hung = report.start
        child.kill('SIGKILL')
      }, PER_FILE_LIMIT_MS)
    }
  })
  return new Promise((resolve) => child.on('close', () => (clearTimeout(watchdog), resolve({ reports, hung }))))
}

/** A written output must be whole: the old file untouched, or complete NDJSON documents. */
function outputProblem(file: string): string | null {
  const text = readFileSync(file, 'utf8')
  if (text === SENTINEL) return null
  if (!text.endsWith('\n')) return 'does not end with a newline (cut short?)'
  for (const [index, line] of text.slice(0, -1).split('\n').entries()) {
    try {
      const document = JSON.parse(line) as { _id?: unknown; _type?: unknown }
      if (typeof document._id !== 'string' || typeof document._type !== 'string')
        return `line ${index + 1} is not a document`
      if (document._id === 'sentinel') return 'mixes the old file with the new one'
    } catch {
      return `line ${index + 1} is not JSON`
    }
  }
  return null
}

describe('the importer, fuzzed', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'importer-fuzz-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it(`never throws, never hangs past ${PER_FILE_LIMIT_MS / 1000} s a file, never writes a partial file (seed ${SEED}, ${RUNS} inputs)`, async () => {
    const inputs = path.join(root, 'inputs')
    const outputs = path.join(root, 'outputs')
    mkdirSync(inputs)
    mkdirSync(outputs)
    const generated = fuzzInputs(RUNS, SEED)
    for (const input of generated) {
      writeFileSync(path.join(inputs, input.name), input.content)
      // An earlier good import at the same place, which a failed run must leave as it was.
      writeFileSync(path.join(outputs, `${input.name}.ndjson`), SENTINEL)
    }

    const { reports, hung } = await importEach(inputs, outputs)
    const keep = (name: string) => {
      const kept = path.join(process.cwd(), 'test-results', 'importer-fuzz')
      mkdirSync(kept, { recursive: true })
      copyFileSync(path.join(inputs, name), path.join(kept, name))
      return `${name} (seed ${SEED}; input kept in test-results/importer-fuzz/)`
    }
    if (hung) throw new Error(`the import of ${keep(hung)} did not finish within ${PER_FILE_LIMIT_MS / 1000} s`)

    const problems: string[] = []
    for (const report of reports) {
      if ('unhandled' in report) problems.push(`unhandled error: ${report.unhandled}`)
      if (!('done' in report)) continue
      if (report.threw) problems.push(`${keep(report.done)}: the import threw ${report.threw}`)
      else if (report.code !== 0 && report.code !== 1) problems.push(`${keep(report.done)}: exit code ${report.code}`)
      // Every error line names the file it is about.
      for (const line of report.stderr ?? []) {
        if (line.startsWith('error:') && !line.includes(report.done))
          problems.push(`${keep(report.done)}: error without the file name: ${line}`)
      }
      const output = outputProblem(path.join(outputs, `${report.done}.ndjson`))
      if (output) problems.push(`${keep(report.done)}: output ${output}`)
    }
    const leftovers = readdirSync(outputs).filter((file) => !file.endsWith('.ndjson'))
    if (leftovers.length > 0) problems.push(`temporary files left behind: ${leftovers.join(', ')}`)
    expect(problems).toEqual([])

    // Every input was imported, and the fuzzing reached both outcomes.
    const done = reports.filter((report): report is Extract<Report, { done: string }> => 'done' in report)
    expect(done.map((report) => report.done).sort()).toEqual(generated.map((input) => input.name).sort())
    expect(reports.at(-1)).toEqual({ finished: true })
    expect(done.some((report) => report.code === 0)).toBe(true)
    expect(done.some((report) => report.code === 1)).toBe(true)
  }, 600_000)
})
