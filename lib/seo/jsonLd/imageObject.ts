import type { ImageObject } from 'schema-dts'
import type { ServedImage } from '../servedImage'

export function imageObject(image: ServedImage, id?: string): ImageObject {
  return {
    '@type': 'ImageObject',
    ...(id ? { '@id': id } : {}),
    url: image.url,
    contentUrl: image.url,
    width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
    caption: image.alt,
  }
}
