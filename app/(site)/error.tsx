'use client'

import Link from 'next/link'

// Shown inside the site layout, so the header stays; no error details reach the reader.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the home page</Link>.
      </p>
    </>
  )
}
