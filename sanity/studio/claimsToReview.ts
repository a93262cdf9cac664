import { openArticleClaims, type StudioArticle } from '../schemaTypes/documents/articleClaims'

/**
 * Every article (drafts included: that is where editors work) with what the claims check reads,
 * takeaways and FAQs dereferenced. GROQ cannot run the check, so the desk list filters in code.
 */
export const CLAIMS_TO_REVIEW_QUERY = `*[_type == "article"]{
  _id, title, excerpt, seo, intro, conclusion, medicalReviewer, claimAcknowledgements,
  sections[]{ _key, heading, body, "takeaway": takeaway->{ _id, text } },
  "faqs": faqs[]->{ _id, answer }
}`

/** The ids of the articles with at least one hit the medical reviewer has not acknowledged. */
export function articlesWithOpenClaims(articles: readonly (StudioArticle & { _id: string })[]): string[] {
  return articles.filter((article) => openArticleClaims(article).length > 0).map((article) => article._id)
}
