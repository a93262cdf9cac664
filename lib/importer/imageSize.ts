/** Pixel size and file type of an image, read from its header (the asset name needs both). */
export interface ImageInfo {
  width: number
  height: number
  ext: 'png' | 'jpg' | 'gif' | 'webp'
}

function jpegSize(bytes: Buffer): ImageInfo | undefined {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1] as number
    const length = bytes.readUInt16BE(offset + 2)
    // Start-of-frame markers carry the size; 0xc4, 0xc8 and 0xcc share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7), ext: 'jpg' }
    }
    offset += 2 + length
  }
  return undefined
}

function webpSize(bytes: Buffer): ImageInfo | undefined {
  const chunk = bytes.toString('ascii', 12, 16)
  if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3), ext: 'webp' }
  if (chunk === 'VP8 ')
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff, ext: 'webp' }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff), ext: 'webp' }
  }
  return undefined
}

export function readImageInfo(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length < 30) return undefined
  if (bytes.readUInt32BE(0) === 0x89504e47)
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), ext: 'png' }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes)
  if (bytes.toString('ascii', 0, 3) === 'GIF')
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8), ext: 'gif' }
  if (bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return webpSize(bytes)
  return undefined
}
