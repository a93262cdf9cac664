import { UserIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { altTextField } from '../fields/imageFields'
import { nameAndSlugFields } from '../fields/slugField'

// An author or medical reviewer, with the credentials readers use to judge trust.
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    ...nameAndSlugFields({ name: 'name', title: 'Name', description: 'Their page is /authors/<slug>.' }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      description: 'Degrees and licences, e.g. "MD" or "PMHNP-BC".',
      type: 'string',
    }),
    defineField({ name: 'role', title: 'Role', description: 'For example "Medical director".', type: 'string' }),
    defineField({ name: 'bio', title: 'Biography', type: 'text', rows: 5 }),
    defineField({ name: 'photo', title: 'Photo', type: 'image', options: { hotspot: true }, fields: [altTextField] }),
    defineField({
      name: 'links',
      title: 'Profile links',
      description: 'Professional profiles (licence lookup, LinkedIn, clinic page).',
      type: 'array',
      of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri({ scheme: ['https', 'http'] }) })],
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials', media: 'photo' } },
})
