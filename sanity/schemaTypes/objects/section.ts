import { defineField, defineType } from 'sanity'
import { slugify } from '../../../lib/content/slugify'
import { claimsInBlocksField, claimsInTextField } from '../documents/articleClaims'
import { checkSlugShape } from '../validation'

// One H2 part of an article: its heading, stable anchor, body and the key takeaway that closes it.
export const section = defineType({
  name: 'section',
  title: 'Section',
  type: 'object',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      description: 'The section heading (shown as H2 and in the table of contents).',
      type: 'string',
      validation: (rule) => [rule.required().max(120), rule.custom(claimsInTextField('heading')).warning()],
    }),
    defineField({
      name: 'anchor',
      title: 'Anchor',
      description:
        'The #id links use to jump to this section. Generated from the heading; keep it unchanged once published so shared links keep working.',
      type: 'slug',
      options: {
        source: (_doc, context) => (context.parent as { heading?: string } | undefined)?.heading ?? '',
        slugify: (input) => slugify(input),
        // Anchors only need to be unique within their article; the page makes them so.
        isUnique: () => true,
      },
      validation: (rule) => rule.required().custom(checkSlugShape),
    }),
    defineField({
      name: 'anchorAliases',
      title: 'Old anchors',
      description:
        'Former #ids of this heading (for example from the old WordPress table of contents), kept so old deep links still land here.',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    defineField({
      name: 'body',
      title: 'Body',
      description: 'The text of the section. Use H3 and H4 for its sub-headings.',
      type: 'blockContent',
      validation: (rule) => [rule.required(), rule.custom(claimsInBlocksField('body')).warning()],
    }),
    defineField({
      name: 'takeaway',
      title: 'Key takeaway',
      description: 'The one-paragraph summary shown after the section and in the key-takeaways box.',
      type: 'reference',
      to: [{ type: 'takeaway' }],
    }),
  ],
  preview: { select: { title: 'heading', subtitle: 'anchor.current' } },
})
