import Link from 'next/link'

/** What a reader sees at an address that does not exist, with ways to carry on. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>We could not find a page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/blog">Browse all articles</Link>
        </li>
      </ul>
    </>
  )
}
