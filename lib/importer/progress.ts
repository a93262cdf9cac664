const MIN_TOTAL = 25
const STEPS = 10
const BAR_WIDTH = 20

/** Where a progress bar can redraw its line in place: a terminal (stderr when it is one). */
export interface Terminal {
  write: (text: string) => unknown
  columns?: number
}

export interface ProgressOptions {
  /** Given: one line redrawn in place. Absent: a line about every tenth of the way (logs, CI, pipes). */
  terminal?: Terminal
  now?: () => number
  /** Without a known total, how often a log line is printed. */
  everyMs?: number
  /** How often the terminal line is redrawn at most. */
  redrawMs?: number
}

export type ProgressReporter = (done: number, total: number, unit: string) => void

const grouped = (value: number) => Math.round(value).toLocaleString('en-US')

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const whole = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(whole / 60)
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    : minutes > 0
      ? `${minutes} min ${whole % 60} s`
      : `${whole} s`
}

/** "1,234/10,000 posts of export.xml  12% [==>     ]  850/s  about 10 s left": count, share, rate and time left. */
export function progressLine(
  done: number,
  total: number,
  unit: string,
  elapsedMs: number,
  withBar: boolean,
  doneAtStart = 0,
): string {
  const rate = elapsedMs > 0 ? ((done - doneAtStart) * 1000) / elapsedMs : 0
  const parts = [total > 0 ? `${grouped(done)}/${grouped(total)} ${unit}` : `${grouped(done)} ${unit}`]
  if (total > 0) {
    const share = Math.min(1, done / total)
    const filled = Math.round(share * BAR_WIDTH)
    parts.push(`${String(Math.floor(share * 100)).padStart(3)}%`)
    if (withBar) parts.push(`[${'='.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}]`)
  }
  if (rate > 0) parts.push(`${grouped(rate)}/s`)
  if (total > 0 && done < total && rate > 0) parts.push(`about ${duration((total - done) / rate)} left`)
  if (total > 0 && done >= total) parts.push(`done in ${duration(elapsedMs / 1000)}`)
  return parts.join('  ')
}

/**
 * Progress of a long import (files, WXR posts, documents sent to Sanity). On a terminal a
 * single line redrawn in place; elsewhere a line about every tenth of the way (or every few
 * seconds when the total is unknown), so logs stay short. Small inputs stay quiet.
 */
export function progressReporter(
  print: (line: string) => void,
  options: ProgressOptions = defaultOptions(),
): ProgressReporter {
  const now = options.now ?? Date.now
  // The clock starts at the first report, so the rate counts only what was done since then.
  const started = new Map<string, { time: number; done: number }>()
  const lastStep = new Map<string, number>()
  let lastDraw = -Infinity
  return (done, total, unit) => {
    if (total > 0 && total < MIN_TOTAL) return
    const time = now()
    const start = started.get(unit) ?? { time, done }
    started.set(unit, start)
    const elapsed = time - start.time
    const finished = total > 0 && done >= total
    const terminal = options.terminal
    if (terminal) {
      if (!finished && time - lastDraw < (options.redrawMs ?? 100)) return
      lastDraw = time
      // A line longer than the terminal would wrap and break the redraw: the unit's detail
      // ("posts of /a/long/path.xml") goes first, then the end of the line.
      const width = (terminal.columns || 120) - 1
      const full = `progress: ${progressLine(done, total, unit, elapsed, true, start.done)}`
      const short = `progress: ${progressLine(done, total, unit.split(' of ')[0] ?? unit, elapsed, true, start.done)}`
      const line = (full.length <= width ? full : short).slice(0, Math.max(20, width))
      // \r and "erase to end of line" redraw in place; the line ends only when the work does.
      terminal.write(`\r${line}\x1b[K${finished ? '\n' : ''}`)
      return
    }
    const step = total > 0 ? Math.floor((done * STEPS) / total) : Math.floor(elapsed / (options.everyMs ?? 5000))
    if (step === lastStep.get(unit)) return
    lastStep.set(unit, step)
    print(`progress: ${progressLine(done, total, unit, elapsed, false, start.done)}`)
  }
}

function defaultOptions(): ProgressOptions {
  // Jest workers are never terminals, but a run in band can be: tests always get plain lines.
  const stderr = process.stderr
  return stderr.isTTY && !process.env.JEST_WORKER_ID ? { terminal: stderr } : {}
}
