'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { messages } from '@/lib/i18n/messages'
import { languageOfPath, pathsFor } from '@/lib/navigation/paths'
import { isContentUnavailableDigest } from '@/lib/sanity/contentUnavailable'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'

// Shown inside the site layout, so the header stays; no error details reach the reader. In
// production the error arrives with its digest only, which tells a Content Lake outage apart.
// A client boundary knows the address, so it speaks the language of the page that failed.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const language = languageOfPath(usePathname() ?? '/')
  const m = messages(language).error
  const retry = (
    <button type="button" onClick={reset}>
      {m.retry}
    </button>
  )
  if (isContentUnavailableDigest(error.digest)) return <ContentUnavailable retry={retry} language={language} />
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      <p>
        {retry} {m.or} <Link href={pathsFor(language).home}>{m.home}</Link>.
      </p>
    </>
  )
}
