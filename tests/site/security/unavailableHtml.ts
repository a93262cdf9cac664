import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import type { Site } from '@/tooling/nextSite'

// While the Content Lake is down, a search (rendered on every request) must say so in the HTML
// the server sends: a reader without JavaScript, or before hydration, sees the message, not an
// empty document. Only a built server shows what Next actually sends, so this runs here.

const UNAVAILABLE = 'Content temporarily unavailable'

export async function unavailableHtmlProblems(site: Site, lake: ContentLakeServer): Promise<string[]> {
  const problems: string[] = []
  lake.clearFailures()
  lake.inject({ kind: 'status', status: 500 }, { endpoint: 'query', times: 1_000_000 })
  try {
    // A search nobody made before: nothing cached can answer it.
    const path = `/search?q=outage${Date.now()}`
    const response = await fetch(`${site.origin}${path}`, { signal: AbortSignal.timeout(90_000) })
    const html = await response.text()
    const body = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? ''
    if (!body.includes(UNAVAILABLE))
      problems.push(`${path} while the Content Lake fails: "${UNAVAILABLE}" is not in the HTML's <main>`)
    if (/HTTP 500|Content Lake query failed/.test(html)) problems.push(`${path}: the HTML names the failure`)
    if (!(response.headers.get('cache-control') ?? '').includes('no-store'))
      problems.push(`${path}: Cache-Control "${response.headers.get('cache-control')}" lets the message be cached`)
  } finally {
    lake.clearFailures()
  }
  return problems
}
