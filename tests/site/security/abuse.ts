import type { Fetched } from './crawl'

// Requests a scanner or an attacker sends, and the error answers the site gives them. Each is
// recorded like a crawled page, so the same checks (no 5xx, no secret, no stack trace, headers)
// apply to error responses.

type Probe = { path: string; init?: RequestInit; expect: number[] }

const PROBES: Probe[] = [
  { path: '/no-such-page', expect: [404] },
  { path: '/blog/no-such-article', expect: [404] },
  { path: '/topics/no-such-topic', expect: [404] },
  { path: '/authors/no-such-person', expect: [404] },
  { path: '/blog/%E0%A4%A', expect: [400, 404] },
  { path: '/blog/..%2F..%2Fetc%2Fpasswd', expect: [404] },
  { path: '/images/..%2F..%2Fpackage.json', expect: [400, 404] },
  { path: '/blog?page=-1', expect: [200, 404] },
  { path: '/blog?page=99999999999999999999', expect: [404] },
  { path: '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', expect: [200] },
  { path: `/search?q=${'a'.repeat(5000)}`, expect: [200, 400, 414, 431] },
  { path: '/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75', expect: [400] },
  { path: '/_next/image?url=%2Fnope.png&w=64&q=75', expect: [400, 404] },
  { path: '/api/revalidate', expect: [405] },
  { path: '/api/revalidate', init: { method: 'POST', body: '{}' }, expect: [401] },
  {
    path: '/api/revalidate',
    init: { method: 'POST', headers: { 'sanity-webhook-signature': 't=1,v1=forged' }, body: '{"_id":"x"}' },
    expect: [401],
  },
  {
    path: '/api/revalidate',
    init: {
      method: 'POST',
      headers: { 'sanity-webhook-signature': 't=1,v1=forged' },
      body: 'x'.repeat(2 * 1024 * 1024),
    },
    expect: [401, 413],
  },
  { path: '/api/draft-mode/enable', expect: [401, 404] },
  { path: '/api/draft-mode/enable?sanity-preview-secret=guessed', expect: [401, 404] },
  { path: '/api/draft-mode/disable', init: { headers: { referer: 'https://evil.example/' } }, expect: [303] },
  // A Server Action call with a made-up id.
  {
    path: '/',
    init: { method: 'POST', headers: { 'next-action': 'abcdef0123456789', 'content-type': 'text/plain' }, body: '[]' },
    expect: [400, 404, 405],
  },
]

export async function probe(origin: string): Promise<{ responses: Fetched[]; problems: string[] }> {
  const responses: Fetched[] = []
  const problems: string[] = []
  for (const { path, init, expect } of PROBES) {
    const response = await fetch(`${origin}${path}`, {
      redirect: 'manual',
      ...init,
      signal: AbortSignal.timeout(60_000),
    })
    const fetched: Fetched = {
      path,
      kind: 'document',
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    }
    responses.push(fetched)
    if (!expect.includes(response.status))
      problems.push(
        `${init?.method ?? 'GET'} ${path.slice(0, 80)}: ${response.status}, expected ${expect.join(' or ')}`,
      )
    const location = response.headers.get('location')
    if (location && new URL(location, origin).origin !== origin)
      problems.push(`${path}: redirects to another site, ${location}`)
  }
  return { responses, problems }
}
