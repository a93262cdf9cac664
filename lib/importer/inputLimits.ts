import { stat } from 'node:fs/promises'
import { ImportError } from './errors'
import type { Format } from './files'

// A WXR export is streamed, so size costs time, not memory: the largest WordPress exports seen
// are a few hundred MB. A single post as HTML or text is read whole, several times over by the
// parsers: 20 MB is hundreds of times a long article. Past these, the file is a mistake (a
// database dump, a video renamed .html) or an attempt to exhaust the machine.
export const MAX_INPUT_BYTES: Record<Format, number> = {
  wxr: 1024 * 1024 * 1024,
  html: 20 * 1024 * 1024,
  text: 20 * 1024 * 1024,
}

const FORMAT_NAMES: Record<Format, string> = { wxr: 'a WordPress export', html: 'an HTML post', text: 'a text post' }

function size(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024 / 1024) * 10) / 10} GB`
    : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

/** Throws an ImportError naming the file, its size and the limit when it is too large to import. */
export async function assertInputSize(file: string, format: Format): Promise<void> {
  const { size: bytes } = await stat(file)
  const limit = MAX_INPUT_BYTES[format]
  if (bytes > limit)
    throw new ImportError(
      file,
      undefined,
      `${size(bytes)} is over the ${size(limit)} limit for ${FORMAT_NAMES[format]}; split it or check it is the right file`,
    )
}
