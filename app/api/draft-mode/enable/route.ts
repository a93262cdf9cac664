import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { getSanityClient } from '@/lib/sanity/client'
import { readToken } from '@/lib/sanity/token'
import { isSanityMode } from '@/sanity/env'

// The Presentation tool opens /api/draft-mode/enable?sanity-preview-secret=…; the secret is
// checked against the Content Lake with the read token, and only then is draft mode switched on.
export async function GET(request: Request): Promise<Response> {
  if (!isSanityMode)
    return new Response('Draft previews need a Sanity project: the site is running on its bundled content.', {
      status: 404,
    })
  if (!readToken) return new Response('Draft previews need SANITY_API_READ_TOKEN on the server.', { status: 503 })
  const { GET: enable } = defineEnableDraftMode({ client: getSanityClient().withConfig({ token: readToken }) })
  return enable(request)
}
