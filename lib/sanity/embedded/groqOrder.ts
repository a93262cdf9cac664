// groq-js's total order, as `order()` sorts by it (src/evaluator/ordering.ts in groq-js 1.30.3),
// for values read straight from documents (no datetime or path values arise there).

const TYPE_ORDER: Record<string, number> = { number: 2, string: 3, boolean: 4 }

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

/** Negative, zero or positive as `order(x asc)` would place a before b. */
export function groqTotalCompare(a: unknown, b: unknown): number {
  const aType = typeOf(a)
  const bType = typeOf(b)
  const byType = (TYPE_ORDER[aType] ?? 100) - (TYPE_ORDER[bType] ?? 100)
  if (byType !== 0) return byType
  if (aType !== bType) return 0
  if (aType === 'number') return (a as number) - (b as number)
  if (aType === 'boolean') return Number(a) - Number(b)
  if (aType === 'string') return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
  return 0
}
