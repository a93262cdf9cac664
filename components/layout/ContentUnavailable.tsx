import Link from 'next/link'

export const CONTENT_UNAVAILABLE_TITLE = 'Content temporarily unavailable'
export const CONTENT_UNAVAILABLE_TEXT =
  'The content of this page cannot be loaded right now. This is usually brief: please try again in a few minutes.'

/**
 * What a reader sees when the Content Lake could not answer. A server component: a page that
 * catches ContentUnavailableError renders it, so the message is in the HTML itself and reads
 * without JavaScript (app/(site)/error.tsx, a client boundary, shows it only after hydration).
 * `retry` is the error boundary's reset button, when there is one.
 */
export function ContentUnavailable({ retry }: { retry?: React.ReactNode }) {
  return (
    <>
      <h1>{CONTENT_UNAVAILABLE_TITLE}</h1>
      <p>{CONTENT_UNAVAILABLE_TEXT}</p>
      <p>
        {retry ? <>{retry} or </> : 'Reload the page later, or '}
        <Link href="/">go to the home page</Link>.
      </p>
    </>
  )
}
