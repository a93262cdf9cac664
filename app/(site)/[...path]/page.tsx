import { notFound } from 'next/navigation'
import { redirectIfMoved } from '@/lib/navigation/redirectIfMoved'

type Props = { params: Promise<{ path: string[] }> }

// Old WordPress-era URLs (the legacy URLs of articles and redirect documents) land here, since
// no other route matches them; anything that is not a known old URL is a plain 404.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

// It never renders anything of its own: it redirects or answers 404.
export default async function LegacyPathPage({ params }: Props): Promise<never> {
  const { path } = await params
  await redirectIfMoved(`/${path.map(decodeSegment).join('/')}`)
  notFound()
}
