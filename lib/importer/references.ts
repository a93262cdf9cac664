import type { DocumentLike } from '../dataset/ndjson'

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit))
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>
    visit(node)
    Object.values(node).forEach((child) => walk(child, visit))
  }
}

/** File names under images/ that `_sanityAsset` fields point to. */
export function referencedFiles(documents: DocumentLike[]): string[] {
  const names: string[] = []
  walk(documents, (node) => {
    const asset = node._sanityAsset
    if (typeof asset === 'string' && asset.startsWith('image@file://./images/'))
      names.push(asset.slice('image@file://./images/'.length))
  })
  return names
}

/** Every `_ref` that names no document in the set: a dataset with one would render broken pages. */
export function danglingReferences(documents: DocumentLike[]): string[] {
  const ids = new Set(documents.map((document) => document._id))
  const dangling = new Set<string>()
  walk(documents, (node) => {
    if (typeof node._ref === 'string' && !ids.has(node._ref)) dangling.add(node._ref)
  })
  return [...dangling].sort()
}
