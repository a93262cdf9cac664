import { defineField } from 'sanity'

// Alt text and caption for every image field, so the rule cannot differ between them.

export const altTextField = defineField({
  name: 'alt',
  title: 'Alternative text',
  description: 'What the image shows, for readers who cannot see it. Required when an image is set.',
  type: 'string',
  validation: (rule) =>
    rule.custom((alt, context) => {
      const parent = context.parent as { asset?: unknown } | undefined
      if (parent?.asset && !alt?.trim()) return 'Describe the image for screen-reader users.'
      return true
    }),
})

export const captionField = defineField({
  name: 'caption',
  title: 'Caption',
  description: 'Optional text shown under the image.',
  type: 'string',
})
