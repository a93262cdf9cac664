import { randomUUID } from 'node:crypto'
import type { DereferenceFunction, ExprNode } from 'groq-js'
import type { DatasetIndex } from './datasetIndex'
import type { LookupKind, Plan } from './filterPlan'
import type { SanityDocument } from './parseDataset'

/*
 * groq-js evaluates `*[...]` by scanning its whole dataset, and offers one hook into evaluation:
 * the `dereference` function behind `->`. A narrowed filter therefore reads its candidates
 * through that hook: its base becomes
 *
 *   coalesce({"_ref": <lookup key>}->docs, *)
 *
 * where the key names the lookup and carries its values, computed in the enclosing scope at the
 * moment the filter runs (so `^` works). Anything the key cannot express exactly (a value of the
 * wrong type, a separator inside a value) yields no key, and the filter scans `*` as before.
 *
 * The key starts with a prefix drawn at random per process, so no reference stored in a
 * document can ever be mistaken for a lookup.
 */
const PREFIX = `\u0000groq-index:${randomUUID()}:`
const SLOT = '\u0001'
const ID = '\u0002'

type Shape = { kind: LookupKind } | { op: 'and' | 'or'; parts: [Shape, Shape] }

const text = (value: string): ExprNode => ({ type: 'Value', value })
const concat = (parts: ExprNode[]): ExprNode =>
  parts.reduce((left, right) => ({ type: 'OpCall', op: '+', left, right }))
const call = (namespace: string, name: string, args: ExprNode[]): ExprNode => ({ type: 'FuncCall', namespace, name, args })

function shapeOf(plan: Plan): Shape {
  return 'op' in plan ? { op: plan.op, parts: [shapeOf(plan.parts[0]), shapeOf(plan.parts[1])] } : { kind: plan.kind }
}

// A string, or an array of strings joined with ID; anything else makes the key null.
const idList = (key: ExprNode): ExprNode => call('global', 'coalesce', [call('array', 'join', [key, text(ID)]), key])

function slots(plan: Plan): ExprNode[] {
  if ('op' in plan) return [...slots(plan.parts[0]), ...slots(plan.parts[1])]
  if (plan.kind === 'refs') return [concat(plan.keys.flatMap((key, index) => (index ? [text(ID), idList(key)] : [idList(key)])))]
  return [plan.keys[0]!]
}

/**
 * The base that replaces `*` in a narrowed filter. The key is computed inside a projection on
 * `{}`: a projection's scope has the filter's parent as its parent, so `^` means there exactly
 * what it means in the filter, while nothing in the key reads `@`.
 */
export function lookupBase(plan: Plan): ExprNode {
  const key = concat([text(PREFIX + JSON.stringify(shapeOf(plan))), ...slots(plan).flatMap((slot) => [text(SLOT), slot])])
  const lookup: ExprNode = {
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
  return call('global', 'coalesce', [lookup, { type: 'Everything' }])
}

type Documents = readonly SanityDocument[]

function createResolver(index: DatasetIndex) {
  const sets = new WeakMap<Documents, Set<SanityDocument>>()
  const setOf = (list: Documents) => {
    let set = sets.get(list)
    if (!set) sets.set(list, (set = new Set(list)))
    return set
  }
  const union = (lists: Documents[]): Documents =>
    [...new Set(lists.flat())].sort((a, b) => index.position.get(a)! - index.position.get(b)!)

  function leaf(kind: LookupKind, value: string): Documents | null {
    switch (kind) {
      case 'type':
        return index.byType.get(value) ?? []
      case 'id':
        return index.byId.get(value) ?? []
      case 'slug':
        return index.bySlug.get(value) ?? []
      case 'refEq':
        return index.byRef.get(value) ?? []
      case 'refs':
        // An id containing the separator would be split apart and missed: scan instead.
        if (index.refsContain(ID)) return null
        // `references()` ignores an empty id: no document matches on it.
        return union(value.split(ID).filter(Boolean).map((id) => index.byRef.get(id) ?? []))
    }
  }

  function resolve(shape: Shape, values: string[]): Documents | null {
    if ('kind' in shape) return leaf(shape.kind, values.shift()!)
    const left = resolve(shape.parts[0], values)
    const right = resolve(shape.parts[1], values)
    if (shape.op === 'or') return left && right ? union([left, right]) : null
    if (!left || !right) return left ?? right
    const [small, large] = left.length <= right.length ? [left, right] : [right, left]
    const members = setOf(large)
    return small.filter((document) => members.has(document))
  }

  const slotCount = (shape: Shape): number => ('kind' in shape ? 1 : slotCount(shape.parts[0]) + slotCount(shape.parts[1]))

  return (key: string): Documents | null => {
    const [shapeJson = '', ...values] = key.slice(PREFIX.length).split(SLOT)
    const shape = JSON.parse(shapeJson) as Shape
    // A value containing the slot separator would shift the others: scan instead.
    if (values.length !== slotCount(shape)) return null
    return resolve(shape, values)
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
