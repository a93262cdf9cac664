import { randomUUID } from 'node:crypto'
import type { DereferenceFunction, ExprNode } from 'groq-js'
import type { DatasetIndex } from './datasetIndex'
import { compileCheck, usedSlots, type Slots } from './checks'
import type { Scalar } from './docPath'
import { documentLists } from './documentLists'
import type { Check, FilterPlan, Lookup } from './filterPlan'
import type { SanityDocument } from './parseDataset'
import { concat, decodeIdList, decodeScalar, ID_SEPARATOR, textNode } from './slotEncoding'
import { orderSubset, type Limit } from './topK'

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
 * exactly, the lookup is null and the rewritten query falls back (see indexTree.ts).
 */
const PREFIX = `\u0000groq-index:${randomUUID()}:`
const SLOT = '\u0001'

/**
 * `superset`: documents that include every match, for groq-js to filter. `exact`: the filter's
 * result, in dataset order, or (with a limit) the part of it an `order(...)[a...b]` can reach.
 */
export type Shape = { mode: 'superset'; lookup: Lookup } | { mode: 'exact'; lookup: Lookup | null; checks: Check[]; limit?: Limit }

type Key = Shape & { slots: number }

/**
 * The lookup as a GROQ expression. The key is computed inside a projection on `{}`: a
 * projection's scope has the filter's parent as its parent, so `^` means there exactly what it
 * means in the filter, while nothing in the key reads `@`.
 */
export function lookupNode(shape: Shape, plan: FilterPlan): ExprNode {
  const described: Key = { ...shape, slots: plan.slots.length }
  const key = concat([textNode(PREFIX + JSON.stringify(described)), ...plan.slots.flatMap((slot) => [textNode(SLOT), slot])])
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

type Documents = readonly SanityDocument[]

function createResolver(index: DatasetIndex) {
  const { union, intersect } = documentLists(index.position)

  const leaves = (node: Lookup): Lookup[] => ('op' in node && node.op === 'and' ? node.parts.flatMap(leaves) : [node])

  /**
   * A list holding every document that can match, or null when this lookup cannot narrow. Within
   * a `_type == K` condition, reference lookups read the references of that type only.
   */
  function lookup(node: Lookup, slots: Slots, type?: string): Documents | null {
    if ('op' in node && node.op === 'or') {
      const left = lookup(node.parts[0], slots, type)
      const right = lookup(node.parts[1], slots, type)
      return left && right ? union([left, right]) : null
    }
    if ('op' in node) {
      const parts = leaves(node)
      const typeLeaf = parts.find((part) => 'kind' in part && part.kind === 'type')
      const typeValue = typeLeaf && 'kind' in typeLeaf ? slots.scalar(typeLeaf.slot) : undefined
      const scope = typeof typeValue === 'string' ? typeValue : type
      const lists = parts.map((part) => lookup(part, slots, scope)).filter((list): list is Documents => list !== null)
      return lists.length ? intersect(lists) : null
    }
    const refs = type === undefined ? index.byRef : (index.byTypeRef.get(type) ?? new Map<string, Documents>())
    if (node.kind === 'refs') {
      const ids = slots.ids(node.slot)
      // `references()` never matches an empty id; an id holding the separator could be one split apart.
      return ids && !index.refsContain(ID_SEPARATOR) ? union(ids.filter(Boolean).map((id) => refs.get(id) ?? [])) : null
    }
    const value = slots.scalar(node.slot)
    if (typeof value !== 'string') {
      // _type and _id are always strings: nothing equals anything else. A slug or a reference may
      // hold another type, which the indexes do not list.
      return value !== undefined && (node.kind === 'type' || node.kind === 'id') ? [] : null
    }
    const map = { type: index.byType, id: index.byId, slug: index.bySlug, refEq: refs }[node.kind]
    return map.get(value) ?? []
  }

  const shapes = new Map<string, Key>()
  return (key: string): Documents | null => {
    const [shapeJson = '', ...values] = key.slice(PREFIX.length).split(SLOT)
    let shape = shapes.get(shapeJson)
    if (!shape) shapes.set(shapeJson, (shape = JSON.parse(shapeJson) as Key))
    // A value holding the slot separator shifts the others: no answer, groq-js does the work.
    if (values.length !== shape.slots) return null
    const decodedScalars = new Map<number, Scalar | undefined>()
    const decodedIds = new Map<number, string[] | null>()
    const slots: Slots = {
      scalar: (slot) => {
        if (!decodedScalars.has(slot)) decodedScalars.set(slot, values[slot] === undefined ? undefined : decodeScalar(values[slot])?.value)
        return decodedScalars.get(slot)
      },
      ids: (slot) => {
        if (!decodedIds.has(slot)) decodedIds.set(slot, values[slot] === undefined ? null : decodeIdList(values[slot]))
        return decodedIds.get(slot)!
      },
    }
    const candidates = shape.lookup ? lookup(shape.lookup, slots) : null
    if (shape.mode === 'superset') return candidates
    // Exact answers need every constant exactly; one that did not survive encoding means "ask groq-js".
    for (const [slot, kind] of usedSlots(shape.checks)) {
      if (kind === 'scalar' ? slots.scalar(slot) === undefined : !slots.ids(slot)) return null
    }
    const predicates = shape.checks.map((check) => compileCheck(check, slots, index))
    const matches = (candidates ?? index.documents).filter((document) => predicates.every((predicate) => predicate(document)))
    return shape.limit ? orderSubset(matches, shape.limit, index.resolve) : matches
  }
}

/** Resolves `->` from the id index, and lookup keys from the other indexes. */
export function createDereference(index: DatasetIndex): DereferenceFunction {
  const resolveLookup = createResolver(index)
  return ({ _ref }) => {
    if (!_ref.startsWith(PREFIX)) return index.firstById.get(_ref) ?? null
    const docs = resolveLookup(_ref)
    return docs ? { docs } : null
  }
}
