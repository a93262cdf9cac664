import { llmsTxtResponse } from '@/lib/seo/llmsTxt'

// The Spanish edition's llms.txt, cached and refreshed as app/llms.txt; 404 while the clinic does
// not publish Spanish.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export function GET() {
  return llmsTxtResponse('es')
}
