import Image from 'next/image'
import { imageUrl } from '@/lib/sanity/imageUrl'
import type { SanityImage } from '@/lib/sanity/schemas/common'
import { COLUMN_IMAGE_SIZES, COLUMN_MAX_PX } from '@/components/portableText/columnImage'
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
        src={imageUrl(image, COLUMN_MAX_PX * 2)}
        alt={image.alt ?? ''}
        width={image.asset.width}
        height={image.asset.height}
        sizes={COLUMN_IMAGE_SIZES}
        preload
        fetchPriority="high"
        placeholder={image.asset.lqip ? 'blur' : 'empty'}
        blurDataURL={image.asset.lqip ?? undefined}
        className={styles.heroImage}
      />
      {image.caption ? <figcaption className={styles.heroCaption}>{image.caption}</figcaption> : null}
    </figure>
  )
}
