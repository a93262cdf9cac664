import type { StructureResolver } from 'sanity/structure'

export const SINGLETON_TYPES = new Set(['siteSettings'])

/** Articles without a medical reviewer or review date, or whose review is over 12 months old. */
export const NEEDS_MEDICAL_REVIEW_FILTER = `_type == "article" && (
  !defined(medicalReviewer) || !defined(reviewedAt) || dateTime(reviewedAt + "T00:00:00Z") < dateTime(now()) - 60*60*24*365
)`

// Editors see the content in the order they work with it; site settings open as one document.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.documentTypeListItem('article').title('Articles'),
      S.listItem()
        .title('Needs medical review')
        .child(
          S.documentList()
            .title('Needs medical review')
            .schemaType('article')
            .apiVersion('2025-09-01')
            .filter(NEEDS_MEDICAL_REVIEW_FILTER)
            .defaultOrdering([{ field: 'publishedAt', direction: 'asc' }]),
        ),
      S.divider(),
      S.documentTypeListItem('faq').title('FAQs'),
      S.documentTypeListItem('takeaway').title('Key takeaways'),
      S.documentTypeListItem('topic').title('Topics'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('redirect').title('Redirects'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId('siteSettings')),
    ])
