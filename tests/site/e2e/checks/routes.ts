import type { Page } from 'playwright-core'
import type { Check } from '../harness'
import { expect, expectNone } from '../harness'
import { FILES, PAGES } from '../pages'
import { withPage, type SuiteContext } from '../context'
import { scrollThrough, trackRequests } from '../navigate'
import { watchPage } from '../watch'

/** One of each landmark and one h1: what a screen-reader user navigates by. */
async function pageStructure(page: Page): Promise<string[]> {
  const counts = {
    'banner (header)': await page.getByRole('banner').count(),
    main: await page.getByRole('main').count(),
    'contentinfo (footer)': await page.getByRole('contentinfo').count(),
    h1: await page.getByRole('heading', { level: 1 }).count(),
    'html[lang]': await page.locator('html[lang]').count(),
  }
  return Object.entries(counts)
    .filter(([, count]) => count !== 1)
    .map(([what, count]) => `${count} ${what}, expected exactly 1`)
}

/** Every page answers with its status and loads cleanly: no console errors, no failed requests, no broken images. */
export function routeChecks(suite: SuiteContext): Check[] {
  const pages: Check[] = PAGES.map((spec) => ({
    name: `${spec.path} loads with ${spec.status} (${spec.name}): one of each landmark and h1, no console errors or failed requests`,
    run: () =>
      withPage(suite, {}, async (page) => {
        const watch = watchPage(page, { scriptsRefused: spec.scriptsRefused })
        const url = `${suite.origin}${spec.path}`
        watch.expectDocument(url)
        const tracker = trackRequests(page)
        const response = await page.goto(url, { waitUntil: 'load' })
        await tracker.settle()
        expect(response !== null, `no response for ${url}`)
        expect(response.status() === spec.status, `expected status ${spec.status}, got ${response.status()}`)
        await scrollThrough(page)
        await tracker.settle()
        await page
          .waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: 10_000 })
          .catch(() => undefined)
        const structure = spec.outsideSite ? [] : await pageStructure(page)
        const broken = await page.$$eval('img', (images) =>
          images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
        )
        expectNone([...watch.problems, ...structure, ...broken.map((src) => `image did not load: ${src}`)], 'problems')
      }),
  }))
  const files: Check[] = FILES.map((file) => ({
    name: `${file.path} is served as ${file.contentType}`,
    run: async () => {
      const response = await fetch(`${suite.origin}${file.path}`)
      expect(response.status === 200, `expected status 200, got ${response.status}`)
      const type = response.headers.get('content-type') ?? ''
      expect(type.startsWith(file.contentType), `expected content-type ${file.contentType}, got ${type}`)
      expect((await response.text()).trim().length > 0, 'empty body')
    },
  }))
  return [...pages, ...files]
}
