import type { Browser } from 'playwright-core'
import { launchChromium } from '@/tooling/chromium'

/** The text a reader sees on a page once its scripts have run (an error boundary renders in the browser). */
export async function visibleText(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage()
  try {
    await page.goto(url, { waitUntil: 'networkidle' })
    return String(await page.evaluate('document.body.innerText'))
  } finally {
    await page.close()
  }
}

/**
 * Opens each page in Chromium at phone width and reports anything content made the browser do:
 * a dialog (alert, confirm, prompt), a console error (a CSP violation is one), an uncaught
 * exception, a request to another origin, or a page wider than the screen.
 */
export async function browserProblems(origin: string, paths: string[]): Promise<string[]> {
  const browser = await launchChromium()
  const problems: string[] = []
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    for (const path of paths) {
      const page = await context.newPage()
      page.on('dialog', (dialog) => {
        problems.push(`${path}: a ${dialog.type()} dialog opened: "${dialog.message()}"`)
        void dialog.dismiss()
      })
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.name}: ${error.message}`))
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
          problems.push(`${path}: request to ${url.origin}`)
      })
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
      if (!response || response.status() >= 500) problems.push(`${path}: answered ${response?.status() ?? 'nothing'}`)
      // Long words and right-to-left runs must wrap inside the screen, not widen the page.
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'))
      if (overflow > 1) problems.push(`${path}: ${overflow}px wider than a 375px screen`)
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return problems
}
