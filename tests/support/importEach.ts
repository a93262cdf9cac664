/**
 * Runs the import command on each input file of a folder, one at a time, and reports on stdout
 * as JSON lines: {"start": name} before and {"done": name, "code", "ms", "stderr"} after each.
 * The fuzz test (tests/lib/importer/importerFuzz.test.ts) runs this in a child process so it can
 * kill an import that hangs, even in a synchronous loop, and name the input that caused it.
 *
 *   node --import tsx tests/support/importEach.ts <inputs dir> <outputs dir>
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { runImportCli } from '@/lib/importer/cli'

const [inputs, outputs] = process.argv.slice(2)

function report(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

// Anything escaping the importer's own error handling is what the test looks for.
process.on('unhandledRejection', (reason) =>
  report({ unhandled: String(reason instanceof Error ? reason.stack : reason) }),
)
process.on('uncaughtException', (error) => report({ unhandled: String(error.stack ?? error) }))

async function main(): Promise<void> {
  if (!inputs || !outputs) throw new Error('usage: importEach.ts <inputs dir> <outputs dir>')
  for (const name of (await readdir(inputs)).sort()) {
    report({ start: name })
    const started = performance.now()
    const stderr: string[] = []
    try {
      const code = await runImportCli([path.join(inputs, name), '--out', path.join(outputs, `${name}.ndjson`)], {
        log: () => undefined,
        error: (line) => void stderr.push(line),
      })
      report({ done: name, code, ms: Math.round(performance.now() - started), stderr })
    } catch (error) {
      report({
        done: name,
        threw: String(error instanceof Error ? error.stack : error),
        ms: Math.round(performance.now() - started),
      })
    }
  }
}

main().then(
  () => report({ finished: true }),
  (error: unknown) => {
    report({ unhandled: String(error) })
    process.exitCode = 1
  },
)
