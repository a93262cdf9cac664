import { StructureError } from './errors'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads a file's bytes as UTF-8 text, refusing empty files and binary data with a clear reason. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new StructureError(undefined, 'binary data, not text (it contains NUL bytes)')
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new StructureError(undefined, 'binary data, not text (it is not valid UTF-8)')
  }
  if (text.replace(/[\s\u00a0\ufeff]/gu, '').length === 0) throw new StructureError(undefined, 'the file is empty')
  return text.replace(/^\ufeff/, '')
}
