import type { Json } from './docPath'
import type { GroqDocument } from './groqDocument'

type Documents = readonly GroqDocument[]

/**
 * Lookups over the dataset, built once when it is loaded. Every list keeps dataset order and
 * holds a document at most once, so a filter evaluated over a list gives the same result, in
 * the same order, as over the whole dataset whenever the list contains every match.
 */
export type DatasetIndex = {
  documents: Documents
  /** The first document with an id: what groq-js's own `->` finds when scanning. */
  firstById: ReadonlyMap<string, GroqDocument>
  /** `->` on plain data: the first document with this id, or null. */
  resolve: (id: string) => Json | null
  byId: ReadonlyMap<string, Documents>
  byType: ReadonlyMap<string, Documents>
  /** By `slug.current`, for documents whose `slug` is an object with a string `current`. */
  bySlug: ReadonlyMap<string, Documents>
  /**
   * By every string held in a `_ref` attribute anywhere in the document, or in an array held
   * there: a superset of what `references()`, `x._ref == id` and `id in x[]._ref` can match.
   */
  byRef: ReadonlyMap<string, Documents>
  /** byRef for the documents of one type. */
  byTypeRef: ReadonlyMap<string, ReadonlyMap<string, Documents>>
  /** Whether some indexed reference contains this character (see lookupExpression.ts). */
  refsContain: (character: string) => boolean
  position: ReadonlyMap<GroqDocument, number>
  /** The ids `references()` finds in a document (computed on first use, then kept). */
  referencedBy: (document: GroqDocument) => ReadonlySet<string>
}

function add(map: Map<string, GroqDocument[]>, key: string, document: GroqDocument): void {
  const list = map.get(key)
  if (!list) map.set(key, [document])
  else if (list[list.length - 1] !== document) list.push(document)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into)
    return
  }
  if (!isObject(value)) return
  for (const [key, item] of Object.entries(value)) {
    if (key === '_ref') {
      if (typeof item === 'string') into.add(item)
      else if (Array.isArray(item)) for (const element of item) if (typeof element === 'string') into.add(element)
    }
    collectRefs(item, into)
  }
}

// groq-js's references(): the first truthy `_ref` on each branch counts, and nothing below it.
function collectReferences(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectReferences(item, into)
  else if (isObject(value)) {
    if (value._ref) {
      if (typeof value._ref === 'string') into.add(value._ref)
    } else for (const item of Object.values(value)) collectReferences(item, into)
  }
  return into
}

export function buildDatasetIndex(documents: Documents): DatasetIndex {
  const firstById = new Map<string, GroqDocument>()
  const byId = new Map<string, GroqDocument[]>()
  const byType = new Map<string, GroqDocument[]>()
  const bySlug = new Map<string, GroqDocument[]>()
  const byRef = new Map<string, GroqDocument[]>()
  const byTypeRef = new Map<string, Map<string, GroqDocument[]>>()
  const position = new Map<GroqDocument, number>()
  const refsContaining = new Map<string, boolean>()

  documents.forEach((document, index) => {
    position.set(document, index)
    if (!firstById.has(document._id)) firstById.set(document._id, document)
    add(byId, document._id, document)
    add(byType, document._type, document)
    const slug: unknown = document.slug
    if (isObject(slug) && Object.hasOwn(slug, 'current') && typeof slug.current === 'string')
      add(bySlug, slug.current, document)
    const refs = new Set<string>()
    collectRefs(document, refs)
    let typeRefs = byTypeRef.get(document._type)
    if (!typeRefs) byTypeRef.set(document._type, (typeRefs = new Map()))
    for (const ref of refs) {
      add(byRef, ref, document)
      add(typeRefs, ref, document)
    }
  })

  const references = new WeakMap<GroqDocument, ReadonlySet<string>>()
  return {
    documents,
    firstById,
    resolve: (id) => (firstById.get(id) as Json | undefined) ?? null,
    byId,
    byType,
    bySlug,
    byRef,
    byTypeRef,
    refsContain: (character) => {
      let found = refsContaining.get(character)
      if (found === undefined)
        refsContaining.set(character, (found = [...byRef.keys()].some((ref) => ref.includes(character))))
      return found
    },
    position,
    referencedBy: (document) => {
      let found = references.get(document)
      if (!found) references.set(document, (found = collectReferences(document, new Set())))
      return found
    },
  }
}
