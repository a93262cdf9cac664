import type { SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR } from './exampleContent'
import { dataTable, textBlock } from './contentBlocks'

// A hand-written article as the WordPress importer now writes one: no sections (the post had no
// headings, so its intro is all of it), one of every new rich-text block, FAQs and a conclusion.
// It reuses the bundled dataset's author, a bundled topic and the example article's image.

export const MIGRATED_SLUG = 'clinic-gallery-and-fees'
export const MIGRATED_ID = 'article-clinic-gallery-and-fees'
const IMAGE = { _type: 'reference', _ref: EXAMPLE_ARTICLE.images[0]?.assetRef }

export function migratedArticle(topicId: string, faqId: string): SanityDocument {
  return {
    _id: MIGRATED_ID,
    _type: 'article',
    title: 'A look around the clinic, and our fees',
    slug: { _type: 'slug', current: MIGRATED_SLUG },
    excerpt: 'Photos of the clinic, what a visit costs and a short video tour.',
    publishedAt: '2030-01-01T09:00:00Z',
    author: { _type: 'reference', _ref: EXAMPLE_AUTHOR.id },
    topics: [{ _type: 'reference', _ref: topicId, _key: 't0' }],
    intro: [
      textBlock('p0', 'Here is our waiting room and the treatment rooms.'),
      {
        _type: 'gallery',
        _key: 'gallery',
        images: [
          {
            _type: 'image',
            _key: 'g0',
            asset: IMAGE,
            alt: 'The waiting room',
            caption: 'Waiting room, photo by Ana Lopez',
            captionLinks: [{ _type: 'captionLink', _key: 'c0', text: 'Ana Lopez', href: 'https://example.org/ana' }],
          },
          { _type: 'image', _key: 'g1', asset: IMAGE, alt: 'A treatment room', caption: 'Treatment room' },
        ],
      },
      dataTable('fees', 'Fees per visit', [
        ['Visit', 'Fee'],
        ['Consultation', '$150'],
        ['Infusion', '$450'],
      ]),
      { _type: 'code', _key: 'code', code: 'BOOK-2030\nCALL-FIRST', language: 'text', filename: 'booking-codes.txt' },
      {
        _type: 'definitionList',
        _key: 'terms',
        items: [
          {
            _type: 'definitionItem',
            _key: 'd0',
            term: 'Infusion',
            definition: 'Medicine given slowly through a vein.',
          },
          { _type: 'definitionItem', _key: 'd1', term: 'Consultation', definition: 'A first talk with a clinician.' },
        ],
      },
      {
        _type: 'embed',
        _key: 'tour',
        url: 'https://www.youtube.com/watch?v=tour123',
        kind: 'video',
        provider: 'YouTube',
        title: 'A video tour of the clinic',
      },
      { _type: 'embed', _key: 'bare', url: 'https://vimeo.com/12345', kind: 'video', provider: 'Vimeo' },
      { _type: 'image', _key: 'map', asset: IMAGE, alt: 'Map to the clinic', link: 'https://maps.example.org/clinic' },
    ],
    faqs: [{ _type: 'reference', _ref: faqId, _key: 'f0' }],
    conclusion: [textBlock('c0', 'We look forward to seeing you.')],
    seo: { _type: 'seo', focusKeyphrase: 'clinic fees' },
  }
}
