// Next's cache values hold Buffers (RSC payloads, route bodies, images) and a Map of Buffers
// (prefetch segments). JSON alone turns a Buffer into {type, data: [...]} and a Map into {}, so
// both are written as tagged objects and revived as what they were.
const BUFFER = '$buffer'
const MAP = '$map'

export function serializeEntry(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    // `replaced` has already been through Buffer#toJSON; the holder still has the original.
    const original = this[key]
    if (original instanceof Uint8Array) return { [BUFFER]: Buffer.from(original).toString('base64') }
    if (original instanceof Map) return { [MAP]: [...original] }
    return replaced
  })
}

function isTagged(value: object, tag: string): value is Record<string, unknown> {
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === tag
}

export function deserializeEntry(text: string): unknown {
  // A reviver runs innermost first, so a Map's Buffers are revived before the Map is.
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    if (isTagged(value, BUFFER) && typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64')
    if (isTagged(value, MAP) && Array.isArray(value[MAP])) return new Map(value[MAP])
    return value
  })
}
