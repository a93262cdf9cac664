'use client'

import Link from 'next/link'
import { isContentUnavailableDigest } from '@/lib/sanity/contentUnavailable'

// Shown inside the site layout, so the header stays; no error details reach the reader. In
// production the error arrives with its digest only, which tells a Content Lake outage apart.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = isContentUnavailableDigest(error.digest)
  return (
    <>
      <h1>{unavailable ? 'Content temporarily unavailable' : 'Something went wrong'}</h1>
      <p>
        {unavailable
          ? 'The content of this page cannot be loaded right now. This is usually brief: please try again in a few minutes.'
          : 'This page could not be shown just now. Please try again in a moment.'}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the home page</Link>.
      </p>
    </>
  )
}
