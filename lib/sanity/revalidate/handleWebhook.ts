import { NextRequest } from 'next/server'
import { deliveryLogStore } from '@/lib/cache/deliveryLogStore'
import { parseBody } from 'next-sanity/webhook'
import { getPagesShowingDocument, type PagesShowingDocument } from '../queries/pagesShowingDocument'
import { isWithinReplayWindow, REPLAY_WINDOW_MS, signedTimestamp } from './deliveryAge'
import { readLimitedText } from './readLimitedText'
import { lookupFor, tagsForChange } from './tagsForChange'
import { webhookBodySchema, type WebhookBody } from './webhook'

const SIGNATURE_HEADER = 'sanity-webhook-signature'
/** Deliveries already claimed: in Redis when REDIS_URL is set (shared by every instance), else this process's. */
const deliveries = deliveryLogStore()
/** A webhook body is one projected document; anything near this size is not from Sanity. */
export const MAX_BODY_BYTES = 1024 * 1024
/** next-sanity's wait for the Content Lake to be consistent after a webhook fires. */
const CONTENT_LAKE_SETTLE_MS = 3_000

type Options = {
  /** SANITY_REVALIDATE_SECRET: the secret set on the webhook in sanity.io/manage. */
  secret: string | undefined
  /** Wait for the Content Lake to be consistent before reading it (next-sanity's 3 s); off in tests. */
  waitForContentLake: boolean
  /**
   * Regenerates what the tags name, resolving with the pages it regenerated; it rejects when one
   * could not be, so the delivery fails and Sanity retries it.
   */
  revalidate: (tags: string[]) => Promise<string[]>
}

function refuse(status: number, message: string): Response {
  return Response.json({ revalidated: [], message }, { status })
}

/**
 * Sanity's GROQ-powered webhook -> cache tags. Nothing is revalidated unless the signature is
 * valid and the body has the shape of WEBHOOK_PROJECTION.
 */
export async function handleRevalidateWebhook(
  request: Request,
  { secret, waitForContentLake, revalidate }: Options,
): Promise<Response> {
  if (!secret) {
    console.error(
      '[revalidate] SANITY_REVALIDATE_SECRET is not set: webhook requests cannot be verified and are refused',
    )
    return refuse(401, 'Webhook secret not configured')
  }
  const signature = request.headers.get(SIGNATURE_HEADER)
  if (!signature) return refuse(401, `Missing ${SIGNATURE_HEADER} header`)
  const text = await readLimitedText(request, MAX_BODY_BYTES)
  if (text === null) return refuse(413, `Body larger than ${MAX_BODY_BYTES} bytes`)

  let parsed: Awaited<ReturnType<typeof parseBody<unknown>>>
  try {
    const copy = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text })
    // Verified without next-sanity's wait: the delivery is claimed first, then the wait runs.
    parsed = await parseBody<unknown>(copy, secret, false)
  } catch {
    return refuse(400, 'Body is not JSON')
  }
  if (parsed.isValidSignature !== true) return refuse(401, 'Invalid signature')
  const signedAt = signedTimestamp(signature)
  if (signedAt === null || !isWithinReplayWindow(signedAt))
    return refuse(401, `Signature timestamp is outside Sanity's retry window (${REPLAY_WINDOW_MS / 60_000} minutes)`)

  const body = webhookBodySchema.safeParse(parsed.body)
  if (!body.success) {
    const problems = body.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    return refuse(400, `Body does not match the webhook projection: ${problems.join('; ')}`)
  }
  // Checked and recorded in one step (SET NX in Redis, one synchronous step in memory): of N
  // concurrent copies, on any instances, exactly one passes.
  if (!(await deliveries.claimDelivery(signature, signedAt))) return refuse(409, 'This delivery was already processed')
  try {
    const response = await revalidateFor(body.data, waitForContentLake, revalidate)
    if (!response.ok) await deliveries.forgetDelivery(signature)
    return response
  } catch (error) {
    await deliveries.forgetDelivery(signature)
    throw error
  }
}

async function revalidateFor(
  change: WebhookBody,
  waitForContentLake: boolean,
  revalidate: Options['revalidate'],
): Promise<Response> {
  // Drafts and release versions are never cached (draft mode reads them live): nothing to do.
  if (/^(drafts|versions)\./.test(change._id))
    return Response.json({ revalidated: [], message: 'Draft change: nothing cached' })
  if (waitForContentLake) await new Promise((resolve) => setTimeout(resolve, CONTENT_LAKE_SETTLE_MS))

  let pages: PagesShowingDocument
  try {
    pages = await getPagesShowingDocument(lookupFor(change))
  } catch (error) {
    // Answering with an error makes Sanity retry the delivery later.
    console.error(`[revalidate] ${change._id}: could not look up the pages showing it: ${(error as Error).message}`)
    return refuse(502, 'The Content Lake could not be read; retry later')
  }
  const revalidated = tagsForChange(change, pages)
  try {
    return Response.json({ revalidated, pages: await revalidate(revalidated) })
  } catch (error) {
    console.error(`[revalidate] ${change._id}: ${(error as Error).message}`)
    return refuse(502, 'Some pages could not be regenerated; retry later')
  }
}
