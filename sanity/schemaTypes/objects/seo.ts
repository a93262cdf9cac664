import { defineField, defineType } from 'sanity'
import { claimsInTextField } from '../documents/articleClaims'
import { altTextField } from '../fields/imageFields'

// What search engines and social networks see, when it should differ from the article itself.
export const seo = defineType({
  name: 'seo',
  title: 'Search & social',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'metaTitle',
      title: 'Meta title',
      description: 'Title in search results, if different from the article title. About 60 characters at most.',
      type: 'string',
      validation: (rule) => rule.max(70).warning('Search engines cut titles longer than about 60 characters.'),
    }),
    defineField({
      name: 'metaDescription',
      title: 'Meta description',
      description: 'The snippet in search results: 50 to 160 characters. Falls back to the excerpt.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.min(50).warning('Shorter than 50 characters: search engines may write their own snippet.'),
        rule.max(160).warning('Longer than 160 characters: search engines will cut it.'),
        // Past twice the length anyone shows, it is a pasted paragraph, not a description.
        rule.max(320).error('A meta description is one or two sentences: keep it under 160 characters.'),
        rule.custom(claimsInTextField('seo.metaDescription')).warning(),
      ],
    }),
    defineField({
      name: 'ogImage',
      title: 'Social image',
      description: 'Image shown when the page is shared (1200 × 630 works best).',
      type: 'image',
      fields: [altTextField],
    }),
    defineField({
      name: 'focusKeyphrase',
      title: 'Focus keyphrase',
      description:
        'The search phrase this article should be found for (carried over from Yoast or Rank Math). A note for editors; not shown on the page.',
      type: 'string',
      validation: (rule) => rule.max(100),
    }),
    defineField({
      name: 'noindex',
      title: 'Hide from search engines',
      description: 'Adds noindex and leaves the page out of the sitemap.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'canonicalUrl',
      title: 'Canonical URL override',
      description: 'Only when this content is first published elsewhere: the absolute URL of the original.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
  ],
})
