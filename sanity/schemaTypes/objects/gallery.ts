// Several images shown together, in order, each with its own alt text and caption.
import { ImagesIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { bodyImage } from './bodyImage'

export const gallery = defineType({
  name: 'gallery',
  title: 'Image gallery',
  type: 'object',
  icon: ImagesIcon,
  fields: [
    defineField({
      name: 'images',
      title: 'Images',
      description: 'Shown in this order. Every image needs alternative text.',
      type: 'array',
      of: [bodyImage],
      options: { layout: 'grid' },
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {
    select: { images: 'images', media: 'images.0' },
    prepare: ({ images, media }) => {
      const count = Array.isArray(images) ? images.length : 0
      return { title: 'Image gallery', subtitle: `${count} image${count === 1 ? '' : 's'}`, media }
    },
  },
})
