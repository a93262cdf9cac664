import type { Page } from 'playwright-core'

/**
 * Records what a reader's browser would complain about on one page: console errors, uncaught
 * exceptions, failed requests and error responses. The expected status of the document itself
 * (a 404 page) is not a problem.
 */
export function watchPage(page: Page, { scriptsRefused = false }: { scriptsRefused?: boolean } = {}) {
  const problems: string[] = []
  // A 404 at a reading page's address: Next renders it with the App Router's scripts, which the
  // page's policy (script-src 'none') refuses, as meant; those refusals are not problems there.
  const refusedScript = (text: string) =>
    scriptsRefused && text.includes('Content Security Policy directive') && text.includes("script-src 'none'")
  let documentUrl = ''
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const where = message.location().url
    // Chromium logs the document's own 404 as a console error; the status is checked separately.
    if (where === documentUrl && message.text().startsWith('Failed to load resource')) return
    if (refusedScript(message.text())) return
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown'
    // Closing or leaving a page cancels prefetches still in flight; that is not a failure.
    if (reason === 'net::ERR_ABORTED') return
    if (scriptsRefused && reason === 'csp') return
    problems.push(`request failed: ${request.url()} (${reason})`)
  })
  page.on('response', (response) => {
    const request = response.request()
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return
    if (response.status() >= 400) problems.push(`${response.status()} response: ${request.method()} ${response.url()}`)
  })
  return {
    problems,
    /** Call before navigating so the document's own status line is not reported twice. */
    expectDocument(url: string) {
      documentUrl = url
    },
  }
}
