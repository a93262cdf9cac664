import { execFileSync } from 'node:child_process'
import os from 'node:os'

/** What a reader needs to compare two runs: the machine, how busy it was, the date and the commit. */
export type RunContext = { machine: string; load: string; date: string; commit: string }

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

export function runContext(): RunContext {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`
  // Benchmarks on a shared machine are only comparable with how busy it was.
  const [one, five] = os.loadavg()
  const load = `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) on ${os.cpus().length} cores when the run started`
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown'
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' (working tree has uncommitted changes)' : ''
  return { machine, load, date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), commit: commit + dirty }
}
