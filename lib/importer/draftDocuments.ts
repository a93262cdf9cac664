import type { ArticleDocuments } from './documents'

export const DRAFT_PREFIX = 'drafts.'

type Ref = { _ref: string; _type: 'reference'; _key?: string }

// A draft's takeaways and FAQs are drafts too, or their text would be public on the FAQ and
// topic pages. References to them are weak until the editor publishes (the Studio strengthens
// them then), so the dataset loads although no published takeaway or FAQ exists yet.
const toDraft = <T extends Ref>(ref: T, type: 'takeaway' | 'faq') => ({
  ...ref,
  _weak: true,
  _strengthenOnPublish: { type },
})

/** A post that must not be public (private, password-protected, unpublished): all its documents as drafts. */
export function draftDocuments(documents: ArticleDocuments): ArticleDocuments {
  const { article, takeaways, faqs } = documents
  return {
    ...documents,
    article: {
      ...article,
      _id: `${DRAFT_PREFIX}${article._id}`,
      sections: (article.sections ?? []).map((section) =>
        section.takeaway ? { ...section, takeaway: toDraft(section.takeaway, 'takeaway') } : section,
      ),
      ...(article.faqs ? { faqs: article.faqs.map((faq) => toDraft(faq, 'faq')) } : {}),
    },
    takeaways: takeaways.map((takeaway) => ({ ...takeaway, _id: `${DRAFT_PREFIX}${takeaway._id}` })),
    faqs: faqs.map((faq) => ({ ...faq, _id: `${DRAFT_PREFIX}${faq._id}` })),
  }
}
