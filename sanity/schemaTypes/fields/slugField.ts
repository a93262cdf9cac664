import { defineField } from 'sanity'
import { slugify } from '../../../lib/content/slugify'
import { checkSlugShape, isUniqueSlugOfType } from '../validation'

interface SlugFieldOptions {
  /** The field the slug is generated from. */
  source: string
  /** Where the slug appears in the site's addresses, for the editor. */
  description: string
  group?: string
  maxLength?: number
}

/**
 * The slug of a document with its own page: generated as the routes expect, unique per type and
 * required, so a slug the Studio accepts is always one the site can serve.
 */
export function slugField({ source, description, group, maxLength }: SlugFieldOptions) {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    description,
    type: 'slug',
    group,
    options: { source, maxLength, slugify: (input) => slugify(input), isUnique: isUniqueSlugOfType },
    validation: (rule) => rule.required().custom(checkSlugShape),
  })
}
