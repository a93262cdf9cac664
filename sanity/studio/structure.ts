import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import type { StudioArticle } from '../schemaTypes/documents/articleClaims'
import { articlesWithOpenClaims, CLAIMS_TO_REVIEW_QUERY } from './claimsToReview'
import { NEEDS_MEDICAL_REVIEW_FILTER, REVIEW_DUE_SOON_FILTER, REVIEW_OVERDUE_FILTER } from './reviewFilters'

export { NEEDS_MEDICAL_REVIEW_FILTER } from './reviewFilters'

export const SINGLETON_TYPES = new Set(['siteSettings'])

const API_VERSION = '2025-09-01'

function articleList(S: StructureBuilder, title: string, filter: string) {
  return S.listItem()
    .title(title)
    .child(
      S.documentList()
        .title(title)
        .schemaType('article')
        .apiVersion(API_VERSION)
        .filter(filter)
        .defaultOrdering([{ field: 'reviewedAt', direction: 'asc' }]),
    )
}

// Opened on demand: fetches the articles, runs the claims check, lists those with open hits.
function claimsToReview(S: StructureBuilder) {
  return S.listItem()
    .title('Claims to review')
    .id('claimsToReview')
    .child(async () => {
      const client = S.context.getClient({ apiVersion: API_VERSION })
      const articles = await client.fetch<(StudioArticle & { _id: string })[]>(CLAIMS_TO_REVIEW_QUERY)
      return S.documentList()
        .title('Claims to review')
        .schemaType('article')
        .apiVersion(API_VERSION)
        .filter('_id in $ids')
        .params({ ids: articlesWithOpenClaims(articles) })
    })
}

// Editors see the content in the order they work with it; site settings open as one document.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.documentTypeListItem('article').title('Articles'),
      articleList(S, 'Needs medical review', NEEDS_MEDICAL_REVIEW_FILTER),
      claimsToReview(S),
      articleList(S, 'Review due within 30 days', REVIEW_DUE_SOON_FILTER),
      articleList(S, 'Review overdue', REVIEW_OVERDUE_FILTER),
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
