import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

export type SuiteContext = {
  origin: string
  distDir: string
  browser: Browser
  /** Where screenshots and other artifacts go (git-ignored). */
  artifacts: string
}

export const PHONE = { width: 375, height: 812 }
export const DESKTOP = { width: 1280, height: 900 }

/** A fresh page in its own context, closed again whatever `body` does. */
export async function withPage<T>(
  suite: SuiteContext,
  options: BrowserContextOptions,
  body: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await suite.browser.newContext({ viewport: DESKTOP, ...options })
  try {
    return await body(await context.newPage())
  } finally {
    await context.close()
  }
}
