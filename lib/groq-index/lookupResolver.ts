import type { DereferenceFunction } from 'groq-js'
import type { DatasetIndex } from './datasetIndex'
import { compileCheck, usedSlots, type Slots } from './compileCheck'
import type { Scalar } from './docPath'
import { documentLists } from './documentLists'
import type { Lookup } from './filterPlan'
import type { GroqDocument } from './groqDocument'
import { isLookupKey, splitLookupKey, type Key } from './lookupExpression'
import { decodeIdList, decodeScalar, ID_SEPARATOR } from './slotEncoding'
import { orderSubset } from './topK'

type Documents = readonly GroqDocument[]

/**
 * Answers the lookup keys that rewriteQuery.ts writes into a query (their format is in
 * lookupExpression.ts) from the indexes: the candidates of a `superset` lookup, the result of an
 * `exact` one, or null when the key's values cannot be trusted and groq-js must scan.
 */
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
    const { keyJson, values } = splitLookupKey(key)
    let shape = shapes.get(keyJson)
    if (!shape) shapes.set(keyJson, (shape = JSON.parse(keyJson) as Key))
    // A value holding the slot separator shifts the others: no answer, groq-js does the work.
    if (values.length !== shape.slots) return null
    const decodedScalars = new Map<number, Scalar | undefined>()
    const decodedIds = new Map<number, string[] | null>()
    const slots: Slots = {
      scalar: (slot) => {
        if (!decodedScalars.has(slot))
          decodedScalars.set(slot, values[slot] === undefined ? undefined : decodeScalar(values[slot])?.value)
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
    const matches = (candidates ?? index.documents).filter((document) =>
      predicates.every((predicate) => predicate(document)),
    )
    return shape.limit ? orderSubset(matches, shape.limit, index.resolve) : matches
  }
}

/** Resolves `->` from the id index, and lookup keys from the other indexes. */
export function createDereference(index: DatasetIndex): DereferenceFunction {
  const resolveLookup = createResolver(index)
  return ({ _ref }) => {
    if (!isLookupKey(_ref)) return index.firstById.get(_ref) ?? null
    const docs = resolveLookup(_ref)
    return docs ? { docs } : null
  }
}
