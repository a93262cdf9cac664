import { imageUrl } from '../sanity/imageUrl'
import type { SanityImage } from '../sanity/schemas/common'
import { absoluteUrl } from '../navigation/siteUrl'

export type ServedImage = { url: string; width: number; height: number; alt: string }

/**
 * The absolute URL of an image as it is served at most `maxWidth` wide, with its real pixel
 * size: social networks and search engines read the declared size before fetching the file.
 */
export function servedImage(image: SanityImage, maxWidth: number, fallbackAlt: string): ServedImage {
  const url = imageUrl(image, maxWidth)
  // The bundled images are served as they are; the Sanity CDN scales to the requested width.
  const width = url === image.asset.url ? image.asset.width : Math.min(maxWidth, image.asset.width)
  const height = Math.round((width * image.asset.height) / image.asset.width)
  return { url: absoluteUrl(url), width, height, alt: image.alt?.trim() || fallbackAlt }
}
