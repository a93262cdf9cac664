import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { bundledImagePath } from '../dataset/bundledDataset'
import { BUNDLED_IMAGE_PATH } from '../sanity/embedded/exportedAssets'
import { imageUrl } from '../sanity/imageUrl'
import type { SanityImage } from '../sanity/schemas/common'

// Satori reads TrueType/OpenType only (no WOFF2); the fonts ship in the repository so building
// the site needs no network. Licence: assets/fonts/LICENSE-DejaVu.txt.
export async function cardFonts() {
  const [regular, bold] = await Promise.all([
    readFile(path.join(process.cwd(), 'assets/fonts', 'DejaVuSans.ttf')),
    readFile(path.join(process.cwd(), 'assets/fonts', 'DejaVuSans-Bold.ttf')),
  ])
  return [
    { name: 'DejaVu Sans', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'DejaVu Sans', data: bold, weight: 700 as const, style: 'normal' as const },
  ]
}

const DRAWABLE: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' }
const CARD_IMAGE_WIDTH = 860

async function imageBytes(url: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (url.startsWith(BUNDLED_IMAGE_PATH)) {
    const file = path.basename(url)
    const type = DRAWABLE[path.extname(file).slice(1).toLowerCase()]
    if (!type) return null
    return { bytes: await readFile(bundledImagePath(file)), type }
  }
  // Asking for PNG or JPEG keeps the CDN from answering with WebP or AVIF, which satori cannot draw.
  const response = await fetch(url, {
    headers: { Accept: 'image/png,image/jpeg' },
    signal: AbortSignal.timeout(10_000),
  })
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? ''
  if (!response.ok || !Object.values(DRAWABLE).includes(type)) return null
  return { bytes: Buffer.from(await response.arrayBuffer()), type }
}

/**
 * The article's image as a data URL satori can draw, or null when there is none or it cannot be
 * read: a card without the photo beats a broken link preview.
 */
export async function cardImage(image: SanityImage | null | undefined): Promise<string | null> {
  if (!image) return null
  try {
    const loaded = await imageBytes(imageUrl(image, CARD_IMAGE_WIDTH))
    return loaded ? `data:${loaded.type};base64,${loaded.bytes.toString('base64')}` : null
  } catch (error) {
    console.warn(`[social card] image ${image.asset._id} left out: ${(error as Error).message}`)
    return null
  }
}
