import type { DatasetIndex } from './datasetIndex'
import { groqEqual, readPath, type Json, type Scalar } from './docPath'
import type { Check } from './filterPlan'
import type { SanityDocument } from './parseDataset'

/** The decoded constants of a lookup key: undefined / null when a value did not survive encoding. */
export type Slots = { scalar: (slot: number) => Scalar | undefined; ids: (slot: number) => string[] | null }

/**
 * Exactly groq-js's verdict on one condition of a filter for one document: is it true? (A
 * filter keeps a document only when its condition is true, not false or null.)
 */
export function passes(check: Check, document: SanityDocument, slots: Slots, index: DatasetIndex): boolean {
  switch (check.test) {
    case 'or':
      return passes(check.parts[0], document, slots, index) || passes(check.parts[1], document, slots, index)
    case 'defined':
      return readPath(check.path, document as Json) !== null
    case 'refs': {
      const refs = index.referencedBy(document)
      return slots.ids(check.slot)!.some((id) => refs.has(id))
    }
    case 'in': {
      const value = readPath(check.path, document as Json)
      const constant = slots.scalar(check.slot)!
      return Array.isArray(value) && value.some((item) => groqEqual(constant, item))
    }
    default: {
      const equal = groqEqual(slots.scalar(check.slot)!, readPath(check.path, document as Json))
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
