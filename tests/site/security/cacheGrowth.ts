import { randomBytes } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import type { Site } from '@/tooling/nextSite'

// Issue 15 item 1, on the built site in Sanity mode: a thousand visitor-chosen values (search
// strings, unknown slugs, unknown old addresses, page numbers past the end) must not grow what the
// server keeps on disk, and only searches may reach the Content Lake (each once, never cached).

const PER_KIND = 200
/** Files a burst may still add: a site index refreshed once, a page of the build's own regenerated. */
const SLACK_FILES = 5

const word = () => randomBytes(6).toString('hex')

/** Every file a production server writes as it serves: the data and image caches, and generated pages. */
function cacheFiles(distDir: string): number {
  const count = (dir: string): number => {
    let entries: string[]
    try {
      entries = readdirSync(dir)
    } catch {
      return 0
    }
    return entries.reduce((sum, name) => {
      const full = path.join(dir, name)
      return sum + (statSync(full).isDirectory() ? count(full) : 1)
    }, 0)
  }
  return count(path.join(distDir, 'cache')) + count(path.join(distDir, 'server', 'pages'))
}

const isSearch = (body: string, search: URLSearchParams) => /match|score\(/.test(body + search.toString())

export async function cacheGrowthProblems(site: Site, lake: ContentLakeServer, distDir: string): Promise<string[]> {
  const problems: string[] = []
  const get = (url: string, client: number) =>
    // A search client each: the rate limit (30 a client) is not what this check is about.
    fetch(`${site.origin}${url}`, {
      redirect: 'manual',
      headers: { 'x-forwarded-for': `198.51.100.${client % 250}` },
    }).then((response) => response.arrayBuffer().then(() => response.status))

  // Warm: the site index is read once, as by the first visitor after a start.
  await get(`/blog/warm-${word()}`, 0)
  const filesBefore = cacheFiles(distDir)
  const requestsBefore = lake.requests.length

  const urls = [
    ...Array.from({ length: PER_KIND }, () => `/search?q=${word()}+${word()}`),
    ...Array.from({ length: PER_KIND }, () => `/blog/${word()}-${word()}`),
    ...Array.from({ length: PER_KIND / 2 }, () => `/topics/${word()}`),
    ...Array.from({ length: PER_KIND / 2 }, () => `/authors/${word()}`),
    ...Array.from({ length: PER_KIND }, () => `/${word()}/${word()}`),
    ...Array.from({ length: PER_KIND }, (_, index) => `/blog?page=${1000 + index * 97}`),
  ]
  const statuses = new Map<number, number>()
  for (let start = 0; start < urls.length; start += 20) {
    const batch = await Promise.all(urls.slice(start, start + 20).map((url, index) => get(url, start + index)))
    for (const status of batch) statuses.set(status, (statuses.get(status) ?? 0) + 1)
  }

  const added = cacheFiles(distDir) - filesBefore
  const lakeRequests = lake.requests.slice(requestsBefore)
  const searches = lakeRequests.filter((request) => isSearch(request.body, request.search)).length
  const others = lakeRequests.length - searches
  console.log(
    `     ${urls.length} requests (${[...statuses].map(([status, n]) => `${n}× ${status}`).join(', ')}): ` +
      `${added} cache files added, ${searches} search and ${others} other Content Lake requests`,
  )
  if (added > SLACK_FILES) problems.push(`${added} files added to the server's cache by ${urls.length} visitor values`)
  if (others > 2)
    problems.push(`${others} Content Lake requests for unknown slugs, old paths or pages (expected the index only)`)
  if (searches > PER_KIND) problems.push(`${searches} Content Lake requests for ${PER_KIND} searches`)
  const notFound = statuses.get(404) ?? 0
  if (notFound < urls.length - PER_KIND) problems.push(`only ${notFound} of the unknown addresses answered 404`)
  return problems
}
