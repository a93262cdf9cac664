import { readdirSync, readFileSync } from 'node:fs'

const PAGE_BYTES = 4096

function processes(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(entry), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_BYTES })
    } catch {
      // the process ended while we looked
    }
  }
  return table
}

/**
 * Samples, every 250 ms, the resident memory of a process and all its descendants (next build
 * runs workers in child processes). Linux only: it reads /proc.
 */
export function treePeakMemory(root: number): { stop: () => { tree: number; process: number } } {
  let tree = 0
  let largest = 0
  const sample = () => {
    const table = processes()
    const members = new Set([root])
    let grew = true
    while (grew) {
      grew = false
      for (const [pid, { parent }] of table) {
        if (members.has(parent) && !members.has(pid)) {
          members.add(pid)
          grew = true
        }
      }
    }
    let total = 0
    for (const pid of members) {
      const rss = table.get(pid)?.rss ?? 0
      total += rss
      largest = Math.max(largest, rss)
    }
    tree = Math.max(tree, total)
  }
  const timer = setInterval(sample, 250)
  sample()
  return {
    stop: () => {
      clearInterval(timer)
      return { tree, process: largest }
    },
  }
}
