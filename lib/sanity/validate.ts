import type { z } from 'zod'

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

function idOf(value: unknown): string {
  if (value && typeof value === 'object' && '_id' in value && typeof value._id === 'string') return value._id
  return '(no _id)'
}

/**
 * Validates one document. An invalid one is reported with its _id and the failing path and
 * treated as missing, so a page can answer 404 instead of crashing.
 */
export function parseDocument<S extends z.ZodType>(schema: S, value: unknown, query: string): z.infer<S> | null {
  if (value === null || value === undefined) return null
  const result = schema.safeParse(value)
  if (result.success) return result.data
  console.warn(`[content] ${query}: document ${idOf(value)} skipped: ${describe(result.error)}`)
  return null
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
