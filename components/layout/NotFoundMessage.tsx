import Link from 'next/link'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'

type Props = {
  /**
   * The languages to say it in, the page's own first. Both routers serve one not-found page for
   * every address (Next renders it once, without the path), so it cannot tell which language the
   * reader was after: it speaks every published language, each marked with its lang.
   */
  languages?: readonly Language[]
}

/** What a reader sees at an address that does not exist, with ways to carry on in each language. */
export function NotFoundMessage({ languages = [DEFAULT_LANGUAGE] }: Props) {
  const [first = DEFAULT_LANGUAGE, ...others] = languages
  const heading = messages(first).notFound.title
  return (
    <>
      <h1>
        {heading}
        {others.map((language) => (
          <span key={language} lang={language}>
            {' · '}
            {messages(language).notFound.title}
          </span>
        ))}
      </h1>
      <NotFoundText language={first} />
      {others.map((language) => (
        <div key={language} lang={language}>
          <NotFoundText language={language} />
        </div>
      ))}
    </>
  )
}

function NotFoundText({ language }: { language: Language }) {
  const m = messages(language).notFound
  const paths = pathsFor(language)
  return (
    <>
      <p>{m.text}</p>
      <ul>
        <li>
          <Link href={paths.home}>{m.home}</Link>
        </li>
        <li>
          <Link href={paths.blog}>{m.blog}</Link>
        </li>
      </ul>
    </>
  )
}
