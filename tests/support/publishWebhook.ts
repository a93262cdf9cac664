import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import type { z } from 'zod'
import type { webhookBodySchema } from '@/lib/sanity/revalidate/webhook'
import type { StoredDocument } from '@/tooling/contentLakeServer'

// Publish webhooks as Sanity sends them to a running site (POST /api/revalidate), for the runners
// that publish through a built site: the security suite and the cluster test.

/** The body Sanity's webhook projection produces for a change (WEBHOOK_PROJECTION). */
export type WebhookChange = z.input<typeof webhookBodySchema>

/** One signed delivery: its body and signature header, byte for byte; sent twice, it is a replay. */
export type Delivery = { body: string; signature: string }

export type DeliveryAnswer = { status: number; pages: string[]; body: string }

export function topicsOf(document: StoredDocument): string[] {
  const topics = document.topics
  return Array.isArray(topics) ? topics.map((topic: { _ref?: unknown } | null) => String(topic?._ref ?? '')) : []
}

/** The change Sanity reports when an article is republished with the same slug, topics and people. */
export function articleChange(article: StoredDocument): WebhookChange {
  const state = {
    slug: (article.slug as { current: string }).current,
    topics: topicsOf(article),
    people: [article.author, article.medicalReviewer].map((person) => (person as { _ref?: string })?._ref ?? null),
  }
  return { _id: article._id, _type: 'article', before: state, after: state }
}

/** Signs the change now with the webhook's secret, as Sanity does. */
export async function signDelivery(change: WebhookChange, secret: string): Promise<Delivery> {
  const body = JSON.stringify(change)
  return { body, signature: await encodeSignatureHeader(body, Date.now(), secret) }
}

/** Sends the delivery to the site at `origin`; the pages it regenerated come from its answer. */
export async function sendDelivery(origin: string, { body, signature }: Delivery): Promise<DeliveryAnswer> {
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body,
    // Long enough for next-sanity's 3 s wait and the regeneration; a hung webhook fails the check.
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  let pages: string[] = []
  try {
    pages = (JSON.parse(text) as { pages?: string[] }).pages ?? []
  } catch {
    // The caller reports the status and body.
  }
  return { status: response.status, pages, body: text }
}
