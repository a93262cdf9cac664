import { draftMode } from 'next/headers'
import { exitDestination } from '@/lib/sanity/previewExit'

// The "Exit preview" link of the preview banner: back to the published page the editor was on.
// A relative Location keeps the redirect on whatever host the editor used.
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  return new Response(null, {
    status: 303,
    headers: { Location: exitDestination(request.url, request.headers.get('referer')), 'Cache-Control': 'no-store' },
  })
}
