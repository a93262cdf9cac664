import type { Page, Response } from 'playwright-core'

const QUIET_MS = 500
const SETTLE_TIMEOUT_MS = 15_000

/**
 * Resolves once no request has been waiting for its response for QUIET_MS. Playwright's own
 * 'networkidle' waits for bodies to finish, and Next.js leaves the bodies of 404 prefetches
 * unread, so it would hang on exactly the pages that have a problem worth reporting.
 */
async function networkQuiet(page: Page, pending: Set<string>) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  let quietSince = pending.size === 0 ? Date.now() : 0
  while (Date.now() < deadline) {
    await page.waitForTimeout(100)
    if (pending.size > 0) quietSince = 0
    else if (quietSince === 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= QUIET_MS) return
  }
  throw new Error(
    `requests still waiting for a response after ${SETTLE_TIMEOUT_MS / 1000}s: ${[...pending].join(', ')}`,
  )
}

/** Tracks the page's requests from now on; `settle()` waits until the network is quiet. */
export function trackRequests(page: Page) {
  const pending = new Set<string>()
  let next = 0
  const ids = new WeakMap<object, string>()
  page.on('request', (request) => {
    const id = `${request.url()}#${next++}`
    ids.set(request, id)
    pending.add(id)
  })
  const done = (request: object) => {
    const id = ids.get(request)
    if (id) pending.delete(id)
  }
  page.on('response', (response) => done(response.request()))
  page.on('requestfailed', done)
  return { settle: () => networkQuiet(page, pending) }
}

/** Opens a page and waits until it has loaded and gone quiet (hydrated, prefetches answered). */
export async function open(page: Page, url: string): Promise<Response | null> {
  const tracker = trackRequests(page)
  const response = await page.goto(url, { waitUntil: 'load' })
  await tracker.settle()
  return response
}

/** Scrolls down a screen at a time, as a reader would, so lazy images and prefetches below the fold load. */
export async function scrollThrough(page: Page) {
  for (let screens = 0; screens < 100; screens++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9)
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
    })
    await page.waitForTimeout(50)
    if (atBottom) return
  }
}
