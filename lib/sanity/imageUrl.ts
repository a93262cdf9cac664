import { createImageUrlBuilder } from '@sanity/image-url'
import { dataset, projectId } from '@/sanity/env'
import type { SanityImage } from './schemas/common'

const builder = projectId ? createImageUrlBuilder({ projectId, dataset }) : null

/**
 * The URL of an image at most `width` pixels wide: a Sanity CDN URL in Sanity mode, the
 * bundled file in embedded mode (which next/image resizes itself).
 */
export function imageUrl(image: SanityImage, width: number): string {
  if (!builder || !image.asset.url.startsWith('https://cdn.sanity.io/')) return image.asset.url
  return builder.image(image.asset._id).width(Math.min(width, image.asset.width)).fit('max').auto('format').url()
}
