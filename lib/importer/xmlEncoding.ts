import { StructureError } from './errors'

// Byte-order marks win over any declaration (XML 1.0, appendix F).
const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

export interface XmlEncoding {
  /** A label TextDecoder accepts. */
  encoding: string
  /** How many leading bytes are a byte-order mark, to skip before decoding. */
  bomLength: number
}

/**
 * The encoding of an XML file from its first bytes: a BOM, else the XML declaration's
 * `encoding`, else UTF-8. ISO-8859-1 is decoded as Windows-1252, as browsers (and WordPress
 * sites that declared it) do; the two differ only in characters 0x80-0x9f, which Latin-1 leaves
 * as control codes nobody meant.
 */
export function xmlEncodingOf(head: Uint8Array): XmlEncoding {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => head[index] === byte))
      return { encoding: bom.encoding, bomLength: bom.bytes.length }
  }
  // The declaration itself is ASCII in every encoding a WXR uses.
  const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    Buffer.from(head).toString('latin1'),
  )
  const declared = declaration?.[1]?.toLowerCase()
  if (!declared) return { encoding: 'utf-8', bomLength: 0 }
  try {
    new TextDecoder(declared)
  } catch {
    throw new StructureError(
      'line 1',
      `the XML declaration names an encoding this importer cannot read: "${declaration?.[1]}"`,
    )
  }
  return { encoding: declared, bomLength: 0 }
}
