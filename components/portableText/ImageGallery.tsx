import { z } from 'zod'
import { BodyFigure, parseFigureImage } from './BodyFigure'
import styles from './RichText.module.css'

const gallerySchema = z.object({ images: z.array(z.unknown()) })

/** A gallery block: its images in order, as a list of figures; images without an asset are skipped. */
export function ImageGallery({ value }: { value: unknown }) {
  const parsed = gallerySchema.safeParse(value)
  const images = parsed.success
    ? parsed.data.images.flatMap((item) => {
        const image = parseFigureImage(item)
        const key = z.object({ _key: z.string() }).safeParse(item)
        return image ? [{ image, key: key.success ? key.data._key : image.asset._id }] : []
      })
    : []
  if (images.length === 0) return null
  return (
    <ul className={styles.gallery}>
      {images.map(({ image, key }) => (
        <li key={key} className={styles.galleryItem}>
          <BodyFigure image={image} />
        </li>
      ))}
    </ul>
  )
}
