import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RunContext } from './machine'

const FILE = path.join(process.cwd(), 'docs', 'benchmarks.md')

const HEADER = `# Benchmark log

Every run of a benchmark (\`npm run bench:query\`, \`bench:build\`, \`bench:serve\`, \`bench:weight\`,
\`bench:lighthouse\`) appends its figures here with the machine, date and commit, newest last.
How to run them and what the figures mean: docs/performance.md.
`

export type Table = { head: string[]; rows: (string | number)[][] }

export function markdownTable({ head, rows }: Table): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Prints the section and appends it to docs/benchmarks.md. */
export function report(title: string, context: RunContext, body: string[], note?: string): void {
  const section = [
    `## ${title}, ${context.date}`,
    '',
    `Commit ${context.commit}. ${context.machine}; ${context.load}, ${os.loadavg()[0]!.toFixed(2)} (1 min) when it ended. Other work on the machine (other engineers' builds and tests) shows in the load average: figures from a loaded run are slower than the machine can do.`,
    ...(note ? ['', note] : []),
    '',
    ...body.flatMap((part) => [part, '']),
  ].join('\n')
  console.log(`\n${section}`)
  if (!existsSync(FILE)) writeFileSync(FILE, HEADER)
  appendFileSync(FILE, `\n${section}`)
}
