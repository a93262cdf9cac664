import Image from 'next/image'
import { imageSchema } from '@/lib/sanity/schemas/common'
import { columnImageProps } from './columnImage'
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
        {...columnImageProps(image)}
        alt={image.alt ?? ''}
        className={styles.image}
      />
      {image.caption ? <figcaption className={styles.caption}>{image.caption}</figcaption> : null}
    </figure>
  )
}
