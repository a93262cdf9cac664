import { imageUrl } from '@/lib/sanity/imageUrl'
import type { SanityImage } from '@/lib/sanity/schemas/common'

// The reading column is at most this wide (the --measure token at the largest body size), so
// no image in it is ever displayed wider; below that it spans the screen minus the gutters.
const COLUMN_MAX_PX = 760

const COLUMN_IMAGE_SIZES = `(max-width: ${COLUMN_MAX_PX + 64}px) calc(100vw - 2rem), ${COLUMN_MAX_PX}px`

/**
 * next/image props for an image in the reading column: sized for the column at 2x, with its
 * intrinsic size so its box is reserved, and its blur placeholder when it has one. Alt text is
 * left to the call site, where reviewers and the a11y lint rule can see it.
 */
export function columnImageProps(image: SanityImage) {
  return {
    src: imageUrl(image, COLUMN_MAX_PX * 2),
    width: image.asset.width,
    height: image.asset.height,
    sizes: COLUMN_IMAGE_SIZES,
    placeholder: image.asset.lqip ? ('blur' as const) : ('empty' as const),
    blurDataURL: image.asset.lqip ?? undefined,
  }
}
