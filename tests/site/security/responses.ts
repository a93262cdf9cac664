import { parseHTML } from 'linkedom'
import { DRAFT_MODE_COOKIE, securityHeaders } from '@/lib/security/securityHeaders'
import { parseContentSecurityPolicy } from '../../support/contentSecurityPolicy'
import { headersFor } from '../../support/expectedHeaders'
import { textComments, unsafeMarkup } from '../../support/unsafeMarkup'
import { leakedIn, type Canaries } from './canaries'
import type { Fetched } from './crawl'

// What must hold for every response of the built site, whatever the page.

const EXPECTED = securityHeaders({ production: true })

// What a leaked stack trace or server path looks like in a body.
const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|webpack-internal:|\/work\/main|\.tsx?:\d+:\d+/

function label(response: Fetched): string {
  return `${response.kind === 'rsc' ? 'RSC ' : ''}${response.path} (${response.status})`
}

/**
 * No 5xx, no secret anywhere, no stack trace, and the security headers the route should have
 * (draftMode: the responses were asked for with draft mode's cookie).
 */
export function responseProblems(
  responses: Fetched[],
  canaries: Canaries,
  { allow5xx = false, draftMode = false } = {},
): string[] {
  const cookies = draftMode ? [DRAFT_MODE_COOKIE] : []
  const problems: string[] = []
  for (const response of responses) {
    const where = label(response)
    if (response.status >= 500 && !allow5xx) problems.push(`${where}: server error`)
    const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n')
    for (const name of leakedIn(`${headers}\n${response.body}`, canaries)) problems.push(`${where}: contains ${name}`)
    const trace = STACK_TRACE.exec(response.body)
    if (trace) problems.push(`${where}: looks like a stack trace or server path: "${trace[0].trim().slice(0, 80)}"`)
    const pathname = new URL(response.path, 'http://site').pathname
    for (const [name, value] of Object.entries(headersFor(EXPECTED, pathname, { cookies }))) {
      const sent = response.headers.get(name)
      // Next's image optimizer sends a stricter policy of its own for the images it serves.
      const stricter =
        name === 'content-security-policy' && pathname === '/_next/image' && sent?.startsWith("script-src 'none'")
      if (sent !== value && !stricter) problems.push(`${where}: ${name} is ${JSON.stringify(sent)}`)
    }
  }
  return problems
}

/** Every HTML document parsed as a browser would, checked for script or links content could inject. */
export function markupProblems(responses: Fetched[]): string[] {
  return responses
    .filter(
      (response) => response.kind === 'document' && (response.headers.get('content-type') ?? '').includes('text/html'),
    )
    .flatMap((response) => {
      const { document } = parseHTML(response.body)
      // A page may load script from the origins its own policy allows (the Studio: Sanity's bridge).
      const policy = parseContentSecurityPolicy(
        headersFor(EXPECTED, new URL(response.path, 'http://site').pathname)['content-security-policy'],
      )
      const scriptOrigins = (policy.get('script-src') ?? []).filter((source) => source.startsWith('https://'))
      return [...unsafeMarkup(document, { scriptOrigins }), ...textComments(document)].map(
        (problem) => `${label(response)}: ${problem}`,
      )
    })
}
