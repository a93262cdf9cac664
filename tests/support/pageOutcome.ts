import type { ReactElement } from 'react'

/** What rendering a page produced: the page, Next's notFound(), or one of its redirects. */
export type Outcome =
  | { kind: 'page'; element: ReactElement }
  | { kind: 'notFound' }
  | { kind: 'redirect'; location: string; status: number }

function digestOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string'
    ? error.digest
    : ''
}

// notFound() and redirect() work by throwing errors whose digest Next reads:
// "NEXT_HTTP_ERROR_FALLBACK;404" and "NEXT_REDIRECT;<type>;<url>;<status>;".
export async function outcomeOf(page: Promise<ReactElement>): Promise<Outcome> {
  try {
    return { kind: 'page', element: await page }
  } catch (error) {
    const digest = digestOf(error)
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { kind: 'notFound' }
    if (digest.startsWith('NEXT_REDIRECT;')) {
      const parts = digest.split(';')
      return { kind: 'redirect', location: parts.slice(2, -2).join(';'), status: Number(parts.at(-2)) }
    }
    throw error
  }
}

/** The page element, failing the test with what happened instead when there is none. */
export async function pageOf(page: Promise<ReactElement>): Promise<ReactElement> {
  const outcome = await outcomeOf(page)
  if (outcome.kind !== 'page') throw new Error(`expected a page, got ${JSON.stringify(outcome)}`)
  return outcome.element
}
