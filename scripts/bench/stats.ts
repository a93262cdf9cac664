/** The value below which `fraction` of the samples fall (nearest rank), e.g. 0.5 for the median. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5)

/** Milliseconds with precision that fits their size: 0.42, 8.3, 153. */
export function ms(value: number): string {
  return value < 1 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toString()
}

export function bytes(value: number): string {
  return value < 1024
    ? `${value} B`
    : value < 1024 * 1024
      ? `${(value / 1024).toFixed(1)} KB`
      : `${(value / 1024 / 1024).toFixed(1)} MB`
}
