import type { ExprNode } from 'groq-js'

/**
 * A value read from a document, in plain data: the subset of GROQ (attributes, `[]`, `a[].b`,
 * `->`, `count()`) that can be evaluated in JavaScript with exactly groq-js's semantics, and
 * written into a lookup key as JSON.
 */
export type DocPath =
  | { at: 'this' }
  | { attr: string; of: DocPath }
  | { coerce: DocPath }
  | { map: DocPath; each: DocPath }
  | { deref: DocPath }
  | { count: DocPath }

const THIS: DocPath = { at: 'this' }

/** The path a GROQ expression reads, or null when it reads anything else (`^`, `->`, parameters, functions). */
export function docPathOf(node: ExprNode): DocPath | null {
  switch (node.type) {
    case 'This':
      return THIS
    case 'AccessAttribute': {
      const of = node.base ? docPathOf(node.base) : THIS
      return of && { attr: node.name, of }
    }
    case 'ArrayCoerce': {
      const of = docPathOf(node.base)
      return of && { coerce: of }
    }
    case 'Map': {
      const map = docPathOf(node.base)
      const each = docPathOf(node.expr)
      return map && each && { map, each }
    }
    case 'Deref': {
      const of = docPathOf(node.base)
      return of && { deref: of }
    }
    case 'FuncCall': {
      const of =
        node.namespace === 'global' && node.name === 'count' && node.args.length === 1 ? docPathOf(node.args[0]!) : null
      return of && { count: of }
    }
    case 'Group':
      return docPathOf(node.base)
    default:
      return null
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isObject = (value: unknown): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Finds the document a reference points to (the first with that id), or null. */
export type Resolve = (id: string) => Json | null

/** groq-js's AccessAttribute, ArrayCoerce, Map, Deref and count() on plain data. */
export function readPath(path: DocPath, value: Json, resolve: Resolve): Json {
  if ('at' in path) return value
  if ('attr' in path) {
    const base = readPath(path.of, value, resolve)
    return isObject(base) && Object.hasOwn(base, path.attr) ? (base[path.attr] ?? null) : null
  }
  if ('coerce' in path) {
    const base = readPath(path.coerce, value, resolve)
    return Array.isArray(base) ? base : null
  }
  if ('deref' in path) {
    const base = readPath(path.deref, value, resolve)
    return isObject(base) && typeof base._ref === 'string' ? resolve(base._ref) : null
  }
  if ('count' in path) {
    const base = readPath(path.count, value, resolve)
    return Array.isArray(base) ? base.length : null
  }
  const base = readPath(path.map, value, resolve)
  return Array.isArray(base) ? base.map((item) => readPath(path.each, item, resolve)) : null
}

export type Scalar = null | boolean | number | string

/** groq-js's `==` between a scalar and a value from a document. */
export function groqEqual(a: Scalar, b: Json): boolean {
  return (a === null && b === null) || (a !== null && typeof a === typeof b && a === b)
}

/** groq-js's partial order (`<`, `>`…): numbers, strings and booleans with their own kind, else null. */
export function groqCompare(a: Json, b: Json): number | null {
  if (typeof a !== typeof b || a === null || b === null) return null
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b)
  return null
}
