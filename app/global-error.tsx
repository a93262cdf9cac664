'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { messages } from '@/lib/i18n/messages'
import { languageOfPath, pathsFor } from '@/lib/navigation/paths'
import { isContentUnavailableDigest } from '@/lib/sanity/contentUnavailable'
import './globals.css'

// Replaces the root layout when the layout itself failed (its settings could not be read), so it
// brings its own document, in the language of the address that failed. No error details reach the reader.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const language = languageOfPath(usePathname() ?? '/')
  const m = messages(language)
  const unavailable = isContentUnavailableDigest(error.digest)
  return (
    <html lang={language}>
      <body>
        <main id="main-content">
          <h1>{unavailable ? m.unavailable.title : m.error.title}</h1>
          <p>{unavailable ? m.unavailable.siteText : m.error.text}</p>
          <p>
            <button type="button" onClick={reset}>
              {m.error.retry}
            </button>{' '}
            {m.error.or} <Link href={pathsFor(language).home}>{m.error.home}</Link>.
          </p>
        </main>
      </body>
    </html>
  )
}
