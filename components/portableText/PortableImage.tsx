import Image from 'next/image'
import { imageUrl } from '@/lib/sanity/imageUrl'
import { imageSchema } from '@/lib/sanity/schemas/common'
import styles from './RichText.module.css'

// Content column width: the image never needs to be larger than this.
const MAX_WIDTH = 720

/** An image block inside rich text. A block without a resolvable asset renders nothing. */
export function PortableImage({ value }: { value: unknown }) {
  const parsed = imageSchema.safeParse(value)
  if (!parsed.success) return null
  const image = parsed.data
  return (
    <figure className={styles.figure}>
      <Image
        src={imageUrl(image, MAX_WIDTH * 2)}
        alt={image.alt ?? ''}
        width={image.asset.width}
        height={image.asset.height}
        sizes={`(max-width: ${MAX_WIDTH + 32}px) calc(100vw - 2rem), ${MAX_WIDTH}px`}
        className={styles.image}
      />
      {image.caption ? <figcaption className={styles.caption}>{image.caption}</figcaption> : null}
    </figure>
  )
}
