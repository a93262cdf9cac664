/** Any date string JavaScript can read, as an ISO datetime without milliseconds (Sanity's own style). */
export function isoDateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z')
}
