import { readFileSync } from 'node:fs'

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

function ownRss(pid: number): number {
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return Number(kib ?? 0) * 1024
  } catch {
    return 0
  }
}

/** Resident memory of a process and every process it started, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  return ownRss(pid) + children(pid).reduce((sum, child) => sum + treeRss(child), 0)
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
