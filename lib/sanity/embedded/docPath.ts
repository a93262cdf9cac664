import type { ExprNode } from 'groq-js'

/**
 * A value read from inside a document, in plain data: the subset of GROQ (attributes, `[]`,
 * `a[].b`) that can be evaluated in JavaScript with exactly groq-js's semantics, and written
 * into a lookup key as JSON.
 */
export type DocPath = { at: 'this' } | { attr: string; of: DocPath } | { coerce: DocPath } | { map: DocPath; each: DocPath }

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
    case 'Group':
      return docPathOf(node.base)
    default:
      return null
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isObject = (value: unknown): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value)

/** groq-js's AccessAttribute, ArrayCoerce and Map on plain data. */
export function readPath(path: DocPath, value: Json): Json {
  if ('at' in path) return value
  if ('attr' in path) {
    const base = readPath(path.of, value)
    return isObject(base) && Object.hasOwn(base, path.attr) ? (base[path.attr] ?? null) : null
  }
  if ('coerce' in path) {
    const base = readPath(path.coerce, value)
    return Array.isArray(base) ? base : null
  }
  const base = readPath(path.map, value)
  return Array.isArray(base) ? base.map((item) => readPath(path.each, item)) : null
}

export type Scalar = null | boolean | number | string

/** groq-js's `==` between a scalar and a value from a document. */
export function groqEqual(a: Scalar, b: Json): boolean {
  return (a === null && b === null) || (a !== null && typeof a === typeof b && a === b)
}
