import { useEffect, useState } from 'react'
import { useClient, useDocumentOperation, type DocumentActionComponent } from 'sanity'
import type { ClaimHit } from '../../lib/claims'
import { fetchOpenArticleClaims, type StudioArticle } from '../schemaTypes/documents/articleClaims'
import { publishDecision } from './publishDecision'
import type { ReviewedArticle } from './reviewConfirmation'

/**
 * The article's publish action: Sanity's own, run only when the claims check on the draft finds
 * nothing unacknowledged (takeaways and FAQs fetched with the Studio client); otherwise disabled,
 * its tooltip naming each claim. Publishing a body edit made after the review marks the review
 * as needing re-confirmation. The decision itself is publishDecision (tested); this is the wiring.
 */
export function withClaimsCheck(DefaultPublish: DocumentActionComponent): DocumentActionComponent {
  const ClaimsPublishAction: DocumentActionComponent = (props) => {
    const original = DefaultPublish(props)
    const client = useClient({ apiVersion: '2025-09-01' })
    const { patch } = useDocumentOperation(props.id, props.type)
    const [openClaims, setOpenClaims] = useState<ClaimHit[] | undefined>(undefined)
    const article = props.draft ?? props.published

    useEffect(() => {
      let current = true
      setOpenClaims(undefined)
      if (!article) {
        setOpenClaims([])
        return
      }
      fetchOpenArticleClaims(article as StudioArticle, (query, params) => client.fetch(query, params)).then(
        (hits) => current && setOpenClaims(hits),
        // The document-level validation still blocks publishing if the check cannot run here.
        () => current && setOpenClaims([]),
      )
      return () => {
        current = false
      }
    }, [article, client])

    if (!original) return original
    const decision = publishDecision({
      openClaims,
      draft: props.draft as ReviewedArticle | null,
      published: props.published as ReviewedArticle | null,
    })
    if (decision.kind !== 'publish') return { ...original, disabled: true, title: decision.title }
    return {
      ...original,
      onHandle: () => {
        if (decision.markReviewNeedsConfirmation) patch.execute([{ set: { reviewNeedsConfirmation: true } }])
        original.onHandle?.()
      },
    }
  }
  ClaimsPublishAction.action = DefaultPublish.action
  ClaimsPublishAction.displayName = 'ClaimsPublishAction'
  return ClaimsPublishAction
}
