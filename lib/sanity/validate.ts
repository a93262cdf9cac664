import { z } from 'zod'

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

function idOf(value: unknown): string {
  if (value && typeof value === 'object' && '_id' in value && typeof value._id === 'string') return value._id
  return '(no _id)'
}

/** A list item that failed its schema: it marks the spot until parseDocument removes and reports it. */
class LeftOut {
  constructor(readonly problem: string) {}
}

// How many items were left out so far: parsing is synchronous, so a change across one safeParse
// call means that document holds some, and only then is its result searched for them.
let leftOutCount = 0

/**
 * A list item (a rich-text block, a gallery image) checked on its own: when it fails `schema`
 * it is left out of its list and reported, with the document's _id and its path, by
 * parseDocument; the document that holds it is still shown. Only for items of arrays.
 */
export function leaveOutIfInvalid<S extends z.ZodType>(schema: S) {
  return z.unknown().transform((value): z.infer<S> => {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    leftOutCount += 1
    // The marker never reaches a caller: parseDocument takes it out before returning.
    return new LeftOut(describe(parsed.error)) as z.infer<S>
  })
}

/** Removes LeftOut markers from every array in `value`, collecting "path: problem" for each. */
function removeLeftOut(value: unknown, path: (string | number)[], found: string[]): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      if (item instanceof LeftOut) {
        found.push(`${[...path, index].join('.')} (${item.problem})`)
        return []
      }
      return [removeLeftOut(item, [...path, index], found)]
    })
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      (value as Record<string, unknown>)[key] = removeLeftOut(child, [...path, key], found)
  }
  return value
}

/**
 * Validates one document. An invalid one is reported with its _id and the failing path and
 * treated as missing, so a page can answer 404 instead of crashing. Items checked with
 * leaveOutIfInvalid are dropped from it instead, and reported the same way.
 */
export function parseDocument<S extends z.ZodType>(schema: S, value: unknown, query: string): z.infer<S> | null {
  if (value === null || value === undefined) return null
  const before = leftOutCount
  const result = schema.safeParse(value)
  if (!result.success) {
    console.warn(`[content] ${query}: document ${idOf(value)} skipped: ${describe(result.error)}`)
    return null
  }
  if (leftOutCount === before) return result.data
  const found: string[] = []
  const data = removeLeftOut(result.data, [], found) as z.infer<S>
  if (found.length > 0) console.warn(`[content] ${query}: document ${idOf(value)}: left out ${found.join('; ')}`)
  return data
}

/** Validates a list item by item: one bad document is dropped and reported, the rest are kept. */
export function parseList<S extends z.ZodType>(itemSchema: S, value: unknown, query: string): z.infer<S>[] {
  if (!Array.isArray(value)) {
    console.warn(`[content] ${query}: expected a list, got ${value === null ? 'null' : typeof value}`)
    return []
  }
  return value.flatMap((item) => {
    const parsed = parseDocument(itemSchema, item, query)
    return parsed === null ? [] : [parsed]
  })
}
