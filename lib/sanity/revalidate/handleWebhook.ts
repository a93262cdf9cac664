import 'server-only'
import { revalidateTag } from 'next/cache'
import { NextRequest } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { getPagesShowingDocument, type PagesShowingDocument } from '../queries/pagesShowingDocument'
import { isWithinReplayWindow, REPLAY_WINDOW_MS, signedTimestamp } from './deliveryAge'
import { claimDelivery, forgetDelivery } from './deliveryLog'
import { readLimitedText } from './readLimitedText'
import { lookupFor, tagsForChange } from './tagsForChange'
import { webhookBodySchema, type WebhookBody } from './webhook'

const SIGNATURE_HEADER = 'sanity-webhook-signature'
/** A webhook body is one projected document; anything near this size is not from Sanity. */
export const MAX_BODY_BYTES = 1024 * 1024
/** next-sanity's wait for the Content Lake to be consistent after a webhook fires. */
const CONTENT_LAKE_SETTLE_MS = 3_000

type Options = {
  /** SANITY_REVALIDATE_SECRET: the secret set on the webhook in sanity.io/manage. */
  secret: string | undefined
  /** Wait for the Content Lake to be consistent before reading it (next-sanity's 3 s); off in tests. */
  waitForContentLake: boolean
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
  { secret, waitForContentLake }: Options,
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
  // Nothing awaits between checking and recording: concurrent copies cannot both claim it.
  if (!claimDelivery(signature, signedAt)) return refuse(409, 'This delivery was already processed')
  try {
    const response = await revalidateFor(body.data, waitForContentLake)
    if (!response.ok) forgetDelivery(signature)
    return response
  } catch (error) {
    forgetDelivery(signature)
    throw error
  }
}

async function revalidateFor(change: WebhookBody, waitForContentLake: boolean): Promise<Response> {
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
  for (const tag of revalidated) revalidateTag(tag, 'max')
  return Response.json({ revalidated })
}
