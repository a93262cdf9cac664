import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bundledImagePath, bundledImagesDir } from '@/lib/dataset/bundledDataset'

// Serves the bundled dataset's image files (embedded mode) at the URLs the embedded source
// gives their assets. Files are listed at build time, so each is a static response.
const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
}

export const dynamicParams = false

export function generateStaticParams() {
  return readdirSync(bundledImagesDir())
    .filter((file) => path.extname(file).slice(1) in TYPES)
    .map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = path.basename((await params).file)
  const type = TYPES[path.extname(file).slice(1)]
  if (!type) return new Response('Not found', { status: 404 })
  const body = readFileSync(bundledImagePath(file))
  return new Response(body, {
    headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
