import { CheckmarkCircleIcon } from '@sanity/icons'
import { useDocumentOperation, type DocumentActionComponent } from 'sanity'
import { canConfirmReview, confirmReviewPatch, type ReviewedArticle } from './reviewConfirmation'

/**
 * "Confirm review": for the medical reviewer, once the text changed after their review. Clears the
 * mark and dates the review today in the draft; publishing it (through the claims check) makes the
 * confirmation public.
 */
export const ConfirmReviewAction: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type)
  if (!canConfirmReview(props.draft as ReviewedArticle | null, props.published as ReviewedArticle | null)) return null
  return {
    label: 'Confirm review',
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    title:
      'For the medical reviewer: confirm that you have read the current text. Sets "Reviewed on" to today; publish afterwards.',
    onHandle: () => {
      patch.execute([{ set: confirmReviewPatch(new Date().toISOString().slice(0, 10)) }])
      props.onComplete()
    },
  }
}
