import Image from 'next/image'
import { imageUrl } from '@/lib/sanity/imageUrl'
import { imageSchema } from '@/lib/sanity/schemas/common'
import { COLUMN_IMAGE_SIZES, COLUMN_MAX_PX } from './columnImage'
import styles from './RichText.module.css'

/**
 * An image block inside rich text. A block without a resolvable asset renders nothing.
 * Images in the body sit below the fold, so they stay lazy; width and height reserve their box.
 */
export function PortableImage({ value }: { value: unknown }) {
  const parsed = imageSchema.safeParse(value)
  if (!parsed.success) return null
  const image = parsed.data
  return (
    <figure className={styles.figure}>
      <Image
        src={imageUrl(image, COLUMN_MAX_PX * 2)}
        alt={image.alt ?? ''}
        width={image.asset.width}
        height={image.asset.height}
        sizes={COLUMN_IMAGE_SIZES}
        placeholder={image.asset.lqip ? 'blur' : 'empty'}
        blurDataURL={image.asset.lqip ?? undefined}
        className={styles.image}
      />
      {image.caption ? <figcaption className={styles.caption}>{image.caption}</figcaption> : null}
    </figure>
  )
}
