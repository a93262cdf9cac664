'use client'

import Link from 'next/link'
import { isContentUnavailableDigest } from '@/lib/sanity/contentUnavailable'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'

// Shown inside the site layout, so the header stays; no error details reach the reader. In
// production the error arrives with its digest only, which tells a Content Lake outage apart.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const retry = (
    <button type="button" onClick={reset}>
      Try again
    </button>
  )
  if (isContentUnavailableDigest(error.digest)) return <ContentUnavailable retry={retry} />
  return (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        {retry} or <Link href="/">go to the home page</Link>.
      </p>
    </>
  )
}
