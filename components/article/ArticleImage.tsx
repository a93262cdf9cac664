import Image from 'next/image'
import type { SanityImage } from '@/lib/sanity/schemas/common'
import { columnImageProps } from '@/components/portableText/columnImage'
import columnImage from '@/components/portableText/ColumnImage.module.css'
import styles from './Article.module.css'

/**
 * The article's main image, right under its title. It is the likely largest paint, so it is
 * preloaded at high priority instead of lazy-loaded; width and height reserve its box, so
 * nothing moves when it arrives.
 */
export function ArticleImage({ image }: { image: SanityImage }) {
  return (
    <figure className={styles.hero}>
      <Image
        {...columnImageProps(image)}
        alt={image.alt ?? ''}
        preload
        fetchPriority="high"
        className={columnImage.image}
      />
      {image.caption ? <figcaption className={columnImage.caption}>{image.caption}</figcaption> : null}
    </figure>
  )
}
