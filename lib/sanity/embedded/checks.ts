import type { DatasetIndex } from './datasetIndex'
import { groqCompare, groqEqual, readPath, type DocPath, type Json, type Scalar } from './docPath'
import type { Check } from './filterPlan'
import type { SanityDocument } from './parseDataset'

/** The decoded constants of a lookup key: undefined / null when a value did not survive encoding. */
export type Slots = { scalar: (slot: number) => Scalar | undefined; ids: (slot: number) => string[] | null }

/**
 * Exactly groq-js's verdict on one condition of a filter for one document: is it true? (A
 * filter keeps a document only when its condition is true, not false or null.)
 */
export function passes(check: Check, document: SanityDocument, slots: Slots, index: DatasetIndex): boolean {
  const read = (path: DocPath) => readPath(path, document as Json, index.resolve)
  switch (check.test) {
    case 'or':
      return passes(check.parts[0], document, slots, index) || passes(check.parts[1], document, slots, index)
    case 'defined':
      return read(check.path) !== null
    case 'compare': {
      const value = read(check.path)
      const constant = slots.scalar(check.slot)!
      const order = check.pathFirst ? groqCompare(value, constant) : groqCompare(constant, value)
      if (order === null) return false
      return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[check.op]
    }
    case 'refs': {
      const refs = index.referencedBy(document)
      return slots.ids(check.slot)!.some((id) => refs.has(id))
    }
    case 'in': {
      const value = read(check.path)
      const constant = slots.scalar(check.slot)!
      return Array.isArray(value) && value.some((item) => groqEqual(constant, item))
    }
    default: {
      const equal = groqEqual(slots.scalar(check.slot)!, read(check.path))
      return check.test === 'eq' ? equal : !equal
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
