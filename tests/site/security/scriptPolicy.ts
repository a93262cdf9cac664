import type { Page } from 'playwright-core'
import { launchChromium } from '@/tooling/chromium'
import { DRAFT_MODE_COOKIE } from '@/lib/security/securityHeaders'

// What Chromium reports when a Content-Security-Policy blocks something, as a console message.
const CSP_CONSOLE = /Content Security Policy|Refused to (execute|evaluate|load|connect|frame|apply)/i

// Sanity's hosts: the Content Lake, its listeners and the bridge script's CDN.
const SANITY_HOSTS = /^[a-z]+:\/\/([^/]*\.)?(sanity\.io|sanity-cdn\.com)(:\d+)?\//

type Watched = { page: Page; violations: () => Promise<string[]> }

/**
 * A page whose CSP violations are recorded two ways: the securitypolicyviolation events of the
 * document (installed before any of the page's own code, and not subject to its policy) and
 * Chromium's console messages about a blocked resource.
 */
async function watchedPage(page: Page): Promise<Watched> {
  const consoleReports: string[] = []
  page.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) consoleReports.push(message.text())
  })
  await page.addInitScript(() => {
    const reports: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: reports })
    document.addEventListener('securitypolicyviolation', (event) =>
      reports.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} (${event.sample})`,
      ),
    )
  })
  return {
    page,
    violations: async () => {
      const events = await page.evaluate(() => (window as Window & { __cspViolations?: string[] }).__cspViolations)
      return [...(events ?? []), ...consoleReports]
    },
  }
}

async function violationsOf(watched: Watched, url: string): Promise<string[]> {
  const response = await watched.page.goto(url, { waitUntil: 'networkidle' })
  if (!response?.ok()) return [`answered ${response?.status() ?? 'nothing'}`]
  return watched.violations()
}

/**
 * Reading pages in Chromium under their own policy (script-src 'none'): zero CSP violations, their
 * JSON-LD blocks included, while an inline script added to the article is refused (so the
 * recorder can see a violation). Then an editor's draft preview of the article, and the Studio
 * with every request to Sanity aborted: its bundle loads with zero violations (its own offline
 * message is expected).
 */
export async function scriptPolicyProblems(
  origin: string,
  {
    articlePath,
    readingPaths,
    enableDraftMode,
  }: {
    articlePath: string
    readingPaths: string[]
    /** The draft-mode enable address, with its secret, leading to the article. */
    enableDraftMode: string
  },
): Promise<string[]> {
  const browser = await launchChromium()
  const problems: string[] = []
  try {
    const readers = await browser.newContext()
    for (const path of [articlePath, ...readingPaths]) {
      const watched = await watchedPage(await readers.newPage())
      problems.push(...(await violationsOf(watched, `${origin}${path}`)).map((problem) => `${path}: ${problem}`))
      await watched.page.close()
    }

    const control = await watchedPage(await readers.newPage())
    await control.page.goto(`${origin}${articlePath}`)
    const ldBlocks = await control.page.locator('script[type="application/ld+json"]').count()
    if (ldBlocks === 0) problems.push(`${articlePath}: no JSON-LD block, so none was checked against the policy`)
    const ran = await control.page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.injected = "ran"'
      document.body.append(script)
      return new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(document.documentElement.dataset.injected === 'ran'), 200),
      )
    })
    if (ran) problems.push(`${articlePath}: an injected inline script ran`)
    if ((await control.violations()).length === 0)
      problems.push(`${articlePath}: the injected inline script was refused without a recorded violation`)
    await readers.close()

    // As the Presentation tool does: the enable route sets the cookie and redirects to the article.
    const editor = await browser.newContext()
    const preview = await watchedPage(await editor.newPage())
    problems.push(
      ...(await violationsOf(preview, `${origin}${enableDraftMode}`)).map(
        (problem) => `${articlePath} (draft): ${problem}`,
      ),
    )
    const cookies = await editor.cookies()
    if (new URL(preview.page.url()).pathname !== articlePath || !cookies.some(({ name }) => name === DRAFT_MODE_COOKIE))
      problems.push(`draft mode was not enabled: at ${preview.page.url()} with ${cookies.map(({ name }) => name)}`)
    await editor.close()

    const studioContext = await browser.newContext()
    await studioContext.route(SANITY_HOSTS, (route) => route.abort('internetdisconnected'))
    const studio = await watchedPage(await studioContext.newPage())
    const response = await studio.page.goto(`${origin}/studio`, { waitUntil: 'networkidle' })
    if (!response?.ok()) problems.push(`/studio: answered ${response?.status() ?? 'nothing'}`)
    // @sanity/ui marks every element it renders: the Studio's bundle ran.
    const rendered = await studio.page
      .waitForSelector('[data-ui]', { timeout: 30_000 })
      .then(() => true)
      .catch(() => false)
    if (!rendered) problems.push('/studio: the Studio rendered nothing in 30 s')
    problems.push(...(await studio.violations()).map((problem) => `/studio: ${problem}`))
    await studioContext.close()
  } finally {
    await browser.close()
  }
  return problems
}
