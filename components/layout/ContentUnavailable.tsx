import Link from 'next/link'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'

export const CONTENT_UNAVAILABLE_TITLE = messages(DEFAULT_LANGUAGE).unavailable.title
export const CONTENT_UNAVAILABLE_TEXT = messages(DEFAULT_LANGUAGE).unavailable.text

type Props = {
  /** The error boundary's reset button, when there is one. */
  retry?: React.ReactNode
  /** The language of the page it stands in. */
  language?: Language
  /**
   * Other languages to say it in as well, each marked with its lang: the Pages Router's 500 page is
   * one static page for every address, so it cannot know which language the reader reads.
   */
  alsoIn?: readonly Language[]
}

/**
 * What a reader sees when the Content Lake could not answer. A server component: a page that
 * catches ContentUnavailableError renders it, so the message is in the HTML itself and reads
 * without JavaScript (app/(site)/error.tsx, a client boundary, shows it only after hydration).
 */
export function ContentUnavailable({ retry, language = DEFAULT_LANGUAGE, alsoIn = [] }: Props) {
  const others = alsoIn.filter((other) => other !== language)
  return (
    <>
      <h1>
        {messages(language).unavailable.title}
        {others.map((other) => (
          <span key={other} lang={other}>
            {' · '}
            {messages(other).unavailable.title}
          </span>
        ))}
      </h1>
      <UnavailableText language={language} retry={retry} />
      {others.map((other) => (
        <div key={other} lang={other}>
          <UnavailableText language={other} retry={null} />
        </div>
      ))}
    </>
  )
}

function UnavailableText({ language, retry }: { language: Language; retry: React.ReactNode }) {
  const m = messages(language)
  return (
    <>
      <p>{m.unavailable.text}</p>
      <p>
        {retry ? (
          <>
            {retry} {m.error.or}{' '}
          </>
        ) : (
          `${m.unavailable.reloadLater} `
        )}
        <Link href={pathsFor(language).home}>{m.error.home}</Link>.
      </p>
    </>
  )
}
