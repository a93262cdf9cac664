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

interface NameAndSlugOptions {
  /** The field the document is named by, e.g. `name` or `title`. */
  name: string
  title: string
  /** Where the slug appears in the site's addresses, for the editor. */
  description: string
}

/**
 * The required field a document with a page is named by, and the slug made from it: for types
 * whose name needs nothing more, so the slug's source is always a field every document has.
 */
export function nameAndSlugFields({ name, title, description }: NameAndSlugOptions) {
  return [
    defineField({ name, title, type: 'string', validation: (rule) => rule.required() }),
    slugField({ source: name, description }),
  ]
}
