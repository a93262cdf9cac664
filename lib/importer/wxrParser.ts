import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'
import { StructureError } from './errors'
import { xmlEncodingOf } from './xmlEncoding'

/** One element of a WXR, with what it holds: enough for the importer, nothing more. */
export interface XmlNode {
  name: string
  attributes: Record<string, string>
  /** The text and CDATA directly inside the element, untrimmed. */
  text: string
  children: XmlNode[]
  line: number
}

export interface WxrEvents {
  /** Each direct child of `<channel>` except `<item>`: authors, terms, site URLs, the title. */
  onChannelElement?: (node: XmlNode) => void
  /** Each `<item>`, whole, in file order; the next one is not read until this returns. */
  onItem: (node: XmlNode, index: number) => void | Promise<void>
}

export interface WxrReadResult {
  items: number
  /** Lines with named entities XML does not define (HTML's &nbsp; ...); the text keeps them as written. */
  undefinedEntities: string[]
}

// Limits that keep a hostile or broken file from exhausting memory. There is no entity
// expansion to limit: a DOCTYPE (the only place entities can be declared) is refused, so the
// only entities are XML's five and numeric character references, each one character long.
/** The text of one item (its post content is by far the largest part); WordPress posts are kilobytes. */
export const MAX_ITEM_CHARS = 64 * 1024 * 1024
/** Nesting depth: a WXR is five levels deep (rss > channel > item > wp:postmeta > wp:meta_key). */
export const MAX_DEPTH = 32
const READ_CHUNK_BYTES = 64 * 1024

const child = (node: XmlNode, name: string) => node.children.find((candidate) => candidate.name === name)

/** The trimmed text of the first child with this name, or '' when there is none. */
export const childText = (node: XmlNode, name: string): string => child(node, name)?.text.trim() ?? ''

export const childrenNamed = (node: XmlNode, name: string): XmlNode[] =>
  node.children.filter((candidate) => candidate.name === name)

// Short values (ids, slugs, statuses, titles) outlive their item in the import's index and report.
// The parser hands text out as slices of the 64 KB chunk it read, and a slice keeps the whole
// chunk alive, so a short value is copied out; a 120 MB export would otherwise stay in memory.
const DETACH_BELOW = 4096
const detached = (text: string) =>
  text.length > 0 && text.length < DETACH_BELOW ? Buffer.from(text, 'utf8').toString('utf8') : text

interface OpenElement {
  node: XmlNode
}

function malformed(message: string): StructureError {
  // saxes writes "line:column: message" when it has no file name.
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message)
  return match
    ? new StructureError(`line ${match[1]}, column ${Number(match[2]) + 1}`, `malformed XML: ${match[3]}`)
    : new StructureError(undefined, `malformed XML: ${message}`)
}

/**
 * Reads a WordPress export (Tools > Export) as a stream, so memory holds one item at a time
 * whatever the size of the file. The file is decoded as its XML declaration says (a BOM wins,
 * UTF-8 by default). Malformed XML, a truncated file or XML that is not a WXR is a
 * StructureError naming the line (and column).
 */
export async function readWxr(path: string, events: WxrEvents): Promise<WxrReadResult> {
  const parser = new SaxesParser({ position: true })
  const stack: OpenElement[] = []
  const ready: Array<{ node: XmlNode; kind: 'item' | 'channel' }> = []
  const undefinedEntities = new Set<string>()
  let items = 0
  let itemChars = 0
  let failure: StructureError | undefined

  const fail = (error: StructureError) => {
    failure ??= error
  }

  parser.on('error', (error) => {
    // An HTML entity in a text field: kept as written (HTML conversion decodes it later).
    if (/undefined entity/.test(error.message)) {
      undefinedEntities.add(`line ${parser.line}`)
      return
    }
    fail(malformed(error.message))
  })
  parser.on('doctype', () =>
    fail(
      new StructureError(
        `line ${parser.line}`,
        'a DOCTYPE is not part of a WordPress export; refused so that no entity it declares is expanded',
      ),
    ),
  )
  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      const declared = tag.attributes['xmlns:wp']
      const namespace = typeof declared === 'string' ? declared : (declared?.value ?? '')
      if (tag.name !== 'rss' || !/wordpress\.org\/export/.test(namespace)) {
        fail(
          new StructureError(
            undefined,
            'not a WordPress export (WXR): expected <rss> with the wp: namespace and a <channel>',
          ),
        )
      }
    }
    if (stack.length >= MAX_DEPTH)
      fail(
        new StructureError(
          `line ${parser.line}`,
          `elements nested deeper than ${MAX_DEPTH} levels; a WordPress export is not`,
        ),
      )
    const attributes = Object.fromEntries(
      Object.entries(tag.attributes).map(([name, value]) => [
        name,
        detached(typeof value === 'string' ? value : value.value),
      ]),
    )
    const node: XmlNode = { name: tag.name, attributes, text: '', children: [], line: parser.line }
    const parent = stack[stack.length - 1]
    // Only what is inside <channel> is kept; the channel itself holds no tree.
    if (parent && stack.length >= 3) parent.node.children.push(node)
    if (stack.length === 2 && tag.name === 'item') itemChars = 0
    stack.push({ node })
  })
  const addText = (text: string) => {
    const current = stack[stack.length - 1]
    if (!current || stack.length < 3) return
    itemChars += text.length
    if (itemChars > MAX_ITEM_CHARS) {
      fail(
        new StructureError(
          `line ${parser.line}`,
          `item ${items + 1} holds more than ${MAX_ITEM_CHARS / 1024 / 1024} MB of text; refused`,
        ),
      )
      return
    }
    current.node.text += text
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', () => {
    const closed = stack.pop()
    if (!closed) return
    closed.node.text = detached(closed.node.text)
    if (stack.length === 1 && closed.node.name !== 'channel')
      fail(
        new StructureError(
          `line ${closed.node.line}`,
          `not a WordPress export (WXR): <${closed.node.name}> where <channel> belongs`,
        ),
      )
    if (stack.length !== 2) return
    if (stack[1]?.node.name !== 'channel') return
    if (closed.node.name === 'item') {
      items += 1
      ready.push({ node: closed.node, kind: 'item' })
    } else ready.push({ node: closed.node, kind: 'channel' })
  })

  let itemIndex = 0
  const drain = async () => {
    while (ready.length > 0) {
      const next = ready.shift() as { node: XmlNode; kind: 'item' | 'channel' }
      if (next.kind === 'item') await events.onItem(next.node, itemIndex++)
      else events.onChannelElement?.(next.node)
    }
  }

  let decoder: TextDecoder | undefined
  let sawBytes = false
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = chunk
      if (!decoder) {
        const { encoding, bomLength } = xmlEncodingOf(chunk)
        // UTF-8 is checked strictly: a file saved in another encoding without saying so is named, not garbled.
        decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' })
        bytes = chunk.subarray(bomLength)
      }
      if (bytes.some((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)) sawBytes = true
      let text: string
      try {
        text = decoder.decode(bytes, { stream: true })
      } catch {
        throw new StructureError(
          `near line ${parser.line}`,
          'not valid UTF-8; if the file uses another encoding, its XML declaration must name it (encoding="ISO-8859-1")',
        )
      }
      parser.write(text)
      if (failure) throw failure
      await drain()
      if (failure) throw failure
    }
    if (!sawBytes) throw new StructureError(undefined, 'the file is empty')
    const rest = decoder?.decode() ?? ''
    if (rest) parser.write(rest)
    if (failure) throw failure
    const unclosed = stack[stack.length - 1]
    if (unclosed) {
      const where = stack.find((open) => open.node.name === 'item') ?? unclosed
      throw new StructureError(
        `line ${parser.line}, column ${parser.column + 1}`,
        `the file ends inside <${where.node.name}> opened on line ${where.node.line}: it is truncated or not well-formed`,
      )
    }
    parser.close()
    if (failure) throw failure
    await drain()
  } finally {
    stream.destroy()
  }
  return { items, undefinedEntities: [...undefinedEntities].sort() }
}
