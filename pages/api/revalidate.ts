import type { NextApiRequest, NextApiResponse } from 'next'
import { Readable } from 'node:stream'
import { purgeTags, type PurgeResult } from '@/lib/cdn/cloudflarePurge'
import { handleRevalidateWebhook, MAX_BODY_BYTES } from '@/lib/sanity/revalidate/handleWebhook'
import { regeneratePage, regeneratePagesFor } from '@/lib/sanity/revalidate/pagesForTags'
import { serverEnv } from '@/lib/sanity/serverEnv'

// The body is read (size-capped) and verified by the handler, byte for byte as signed.
export const config = { api: { bodyParser: false } }

function webRequest(req: NextApiRequest): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one)
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : (Readable.toWeb(req) as ReadableStream)
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body,
    duplex: 'half',
  } as RequestInit)
}

/**
 * Sanity calls this when a document is published, changed or deleted (docs/editors.md). A Pages
 * API route, because only res.revalidate reaches the Pages Router's static reading pages (the
 * App Router's revalidateTag and revalidatePath do not); it regenerates the App Router's feeds
 * and sitemaps by path too.
 */
export default async function revalidateWebhook(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST').status(405).json({ revalidated: [], message: 'Use POST' })
    return
  }
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    // Refused unread; the rest of the upload is drained and dropped, so the client gets the answer
    // instead of a connection reset in the middle of its upload.
    req.resume()
    res.status(413).json({ revalidated: [], message: `Body larger than ${MAX_BODY_BYTES} bytes` })
    return
  }
  let purge: PurgeResult | undefined
  const response = await handleRevalidateWebhook(webRequest(req), {
    secret: serverEnv.SANITY_REVALIDATE_SECRET,
    waitForContentLake: true,
    revalidate: async (tags) => {
      const pages = await regeneratePagesFor(tags, (page) => regeneratePage(page, res.revalidate))
      // Only once the pages are regenerated, so the CDN's next fetch gets the new ones. A purge that
      // fails is not retried by failing the delivery: the pages' short CDN lifetime bounds it.
      purge = await purgeTags(tags)
      for (const failure of purge.failures)
        console.error(`[revalidate] CDN purge of ${failure.tags.join(', ')} failed: ${failure.reason}`)
      return pages
    },
  })
  const text = await response.text()
  res
    .status(response.status)
    .setHeader('Content-Type', 'application/json')
    .send(purge ? JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), purge }) : text)
}
