import { handleRevalidateWebhook } from '@/lib/sanity/revalidate/handleWebhook'
import { serverEnv } from '@/lib/sanity/serverEnv'

// Sanity calls this when a document is published, changed or deleted (docs/editors.md).
export function POST(request: Request): Promise<Response> {
  return handleRevalidateWebhook(request, { secret: serverEnv.SANITY_REVALIDATE_SECRET, waitForContentLake: true })
}
