const MIN_TOTAL = 25
const STEPS = 10

/**
 * A progress line roughly every tenth of a large input (files or WXR posts); small inputs stay quiet.
 */
export function progressReporter(print: (line: string) => void): (done: number, total: number, unit: string) => void {
  const lastStep = new Map<string, number>()
  return (done, total, unit) => {
    if (total < MIN_TOTAL) return
    const step = Math.floor((done * STEPS) / total)
    if (step === lastStep.get(unit)) return
    lastStep.set(unit, step)
    print(`progress: ${done}/${total} ${unit}`)
  }
}
