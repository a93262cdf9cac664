'use client'

import Link from 'next/link'
import { isContentUnavailableDigest } from '@/lib/sanity/contentUnavailable'
import './globals.css'

// Replaces the root layout when the layout itself failed (its settings could not be read), so it
// brings its own document. No error details reach the reader.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = isContentUnavailableDigest(error.digest)
  return (
    <html lang="en">
      <body>
        <main id="main-content">
          <h1>{unavailable ? 'Content temporarily unavailable' : 'Something went wrong'}</h1>
          <p>
            {unavailable
              ? 'This site cannot load its content right now. This is usually brief: please try again in a few minutes.'
              : 'This page could not be shown just now. Please try again in a moment.'}
          </p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{' '}
            or <Link href="/">go to the home page</Link>.
          </p>
        </main>
      </body>
    </html>
  )
}
