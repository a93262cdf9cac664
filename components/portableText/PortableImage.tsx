import { BodyFigure, parseFigureImage } from './BodyFigure'

/** An image block inside rich text. A block without a resolvable asset renders nothing. */
export function PortableImage({ value }: { value: unknown }) {
  const image = parseFigureImage(value)
  return image ? <BodyFigure image={image} /> : null
}
