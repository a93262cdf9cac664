import Image from 'next/image'
import { z } from 'zod'
import { captionSegments, webHref } from '@/lib/content/captionSegments'
import { imageSchema } from '@/lib/sanity/schemas/common'
import { captionLinkSchema, type CaptionLink } from '@/lib/sanity/schemas/richTextBlocks'
import { columnImageProps } from './columnImage'
import columnImage from './ColumnImage.module.css'
import styles from './RichText.module.css'

// Checked again at render, item by item and without the query layer's reporting: rich text may
// reach a renderer without a query (tests, previews), and a bad caption link only loses its link.
const figureImageSchema = imageSchema.extend({
  captionLinks: z
    .array(z.unknown())
    .nullish()
    .transform((links) =>
      (links ?? []).flatMap((link) => {
        const parsed = captionLinkSchema.safeParse(link)
        return parsed.success ? [parsed.data] : []
      }),
    ),
  link: z.string().nullish().catch(null),
})
type FigureImage = z.infer<typeof figureImageSchema>

/** The image to show for a rich-text image value, or null when it has no usable asset. */
export function parseFigureImage(value: unknown): FigureImage | null {
  const parsed = figureImageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

type Props = { image: FigureImage }

/** A caption with the links it had in the original post (WordPress captions often credit a source). */
function Caption({ caption, links }: { caption: string; links: CaptionLink[] | null | undefined }) {
  return (
    <figcaption className={columnImage.caption}>
      {captionSegments(caption, links).map((segment, index) =>
        segment.href ? (
          <a
            key={index}
            href={segment.href}
            {...(segment.href.startsWith('http') ? { rel: 'noopener noreferrer' } : {})}
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </figcaption>
  )
}

/**
 * One image of rich text (alone or in a gallery), with its caption, inside the link it was
 * wrapped in when that leads to a web page. Body images sit below the fold, so they stay lazy.
 */
export function BodyFigure({ image }: Props) {
  const href = webHref(image.link)
  const picture = <Image {...columnImageProps(image)} alt={image.alt ?? ''} className={styles.image} />
  return (
    <figure className={styles.figure}>
      {href ? (
        <a href={href} rel="noopener noreferrer" className={styles.imageLink}>
          {picture}
        </a>
      ) : (
        picture
      )}
      {image.caption ? <Caption caption={image.caption} links={image.captionLinks} /> : null}
    </figure>
  )
}
