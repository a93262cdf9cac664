import type { DatasetIndex } from './datasetIndex'
import { groqCompare, groqEqual, readPath, type DocPath, type Json, type Scalar } from './docPath'
import type { Check } from './filterPlan'
import type { GroqDocument } from './groqDocument'

/** The decoded constants of a lookup key: undefined / null when a value did not survive encoding. */
export type Slots = { scalar: (slot: number) => Scalar | undefined; ids: (slot: number) => string[] | null }

export type Predicate = (document: GroqDocument) => boolean

/**
 * Exactly groq-js's verdict on one condition of a filter, as a function of the document: is it
 * true? (A filter keeps a document only when its condition is true, not false or null.) Built
 * once per lookup, with its constants decoded, then run on every candidate.
 */
export function compileCheck(check: Check, slots: Slots, index: DatasetIndex): Predicate {
  const reader = (path: DocPath) => (document: GroqDocument) => readPath(path, document as Json, index.resolve)
  switch (check.test) {
    case 'or': {
      const [left, right] = check.parts.map((part) => compileCheck(part, slots, index)) as [Predicate, Predicate]
      return (document) => left(document) || right(document)
    }
    case 'defined': {
      const read = reader(check.path)
      return (document) => read(document) !== null
    }
    case 'compare': {
      const read = reader(check.path)
      const constant = slots.scalar(check.slot)!
      const holds = {
        '<': (order: number) => order < 0,
        '<=': (order: number) => order <= 0,
        '>': (order: number) => order > 0,
        '>=': (order: number) => order >= 0,
      }[check.op]
      return (document) => {
        const value = read(document)
        const order = check.pathFirst ? groqCompare(value, constant) : groqCompare(constant, value)
        return order !== null && holds(order)
      }
    }
    case 'refs': {
      const ids = slots.ids(check.slot)!
      return (document) => {
        const refs = index.referencedBy(document)
        return ids.some((id) => refs.has(id))
      }
    }
    case 'in': {
      const read = reader(check.path)
      const constant = slots.scalar(check.slot)!
      return (document) => {
        const value = read(document)
        return Array.isArray(value) && value.some((item) => groqEqual(constant, item))
      }
    }
    default: {
      const read = reader(check.path)
      const constant = slots.scalar(check.slot)!
      const equal = check.test === 'eq'
      return (document) => groqEqual(constant, read(document)) === equal
    }
  }
}

/** The constants the checks read, and how each is encoded. */
export function usedSlots(checks: Check[], into = new Map<number, 'scalar' | 'ids'>()): Map<number, 'scalar' | 'ids'> {
  for (const check of checks) {
    if (check.test === 'or') usedSlots(check.parts, into)
    else if (check.test === 'refs') into.set(check.slot, 'ids')
    else if (check.test !== 'defined') into.set(check.slot, 'scalar')
  }
  return into
}
