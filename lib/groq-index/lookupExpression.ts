import { randomUUID } from 'node:crypto'
import type { ExprNode } from 'groq-js'
import type { Check, FilterPlan, Lookup } from './filterPlan'
import { concat, textNode } from './slotEncoding'
import type { Limit } from './topK'

/*
 * groq-js evaluates `*[...]` by scanning its whole dataset, and offers one hook into evaluation:
 * the `dereference` function behind `->`. A planned filter therefore reads from the indexes
 * through that hook, with a key that names the plan and carries the values of its constants,
 * computed in the enclosing scope at the moment the filter runs (so `^` works):
 *
 *   {"_ref": <key>}->docs
 *
 * The key starts with a prefix drawn at random per process, so no reference stored in a
 * document can be mistaken for one. When the key cannot be computed, or the index cannot answer
 * exactly, the lookup is null and the rewritten query falls back (see rewriteQuery.ts).
 */
const PREFIX = `\u0000groq-index:${randomUUID()}:`
const SLOT = '\u0001'

/**
 * `superset`: documents that include every match, for groq-js to filter. `exact`: the filter's
 * result, in dataset order, or (with a limit) the part of it an `order(...)[a...b]` can reach.
 */
export type Shape =
  { mode: 'superset'; lookup: Lookup } | { mode: 'exact'; lookup: Lookup | null; checks: Check[]; limit?: Limit }

/** The shape and how many constants follow it: what a key says before its values. */
export type Key = Shape & { slots: number }

/**
 * The lookup as a GROQ expression. The key is computed inside a projection on `{}`: a
 * projection's scope has the filter's parent as its parent, so `^` means there exactly what it
 * means in the filter, while nothing in the key reads `@`.
 */
export function lookupNode(shape: Shape, plan: FilterPlan): ExprNode {
  const described: Key = { ...shape, slots: plan.slots.length }
  const key = concat([
    textNode(PREFIX + JSON.stringify(described)),
    ...plan.slots.flatMap((slot) => [textNode(SLOT), slot]),
  ])
  return {
    type: 'AccessAttribute',
    name: 'docs',
    base: {
      type: 'Deref',
      base: {
        type: 'Projection',
        base: { type: 'Value', value: {} },
        expr: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: key }] },
      },
    },
  }
}

/** Whether a reference is a lookup key rather than a document id. */
export function isLookupKey(ref: string): boolean {
  return ref.startsWith(PREFIX)
}

/**
 * A key's parts: the JSON of its Key, then one encoded value per constant. A value holding the
 * slot separator yields more parts than the Key says; the resolver then declines to answer.
 */
export function splitLookupKey(key: string): { keyJson: string; values: string[] } {
  const [keyJson = '', ...values] = key.slice(PREFIX.length).split(SLOT)
  return { keyJson, values }
}
