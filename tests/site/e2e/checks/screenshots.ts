import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Check } from '../harness'
import { open, scrollThrough } from '../navigate'
import { expect } from '../harness'
import { ARTICLE_PATH } from '../pages'
import { DESKTOP, PHONE, withPage, type SuiteContext } from '../context'

// The README shows the phone screenshot; `--update-docs` refreshes the committed copy.
const DOCS_SCREENSHOT = path.join(process.cwd(), 'docs/screenshots', 'article-375.png')

type Shot = {
  file: string
  viewport: { width: number; height: number }
  colorScheme: 'light' | 'dark'
  fullPage: boolean
}

const SHOTS: Shot[] = [
  { file: 'article-375.png', viewport: PHONE, colorScheme: 'light', fullPage: false },
  { file: 'article-375-full.png', viewport: PHONE, colorScheme: 'light', fullPage: true },
  { file: 'article-375-dark.png', viewport: PHONE, colorScheme: 'dark', fullPage: false },
  { file: 'article-1280.png', viewport: DESKTOP, colorScheme: 'light', fullPage: false },
  { file: 'article-1280-full.png', viewport: DESKTOP, colorScheme: 'light', fullPage: true },
  { file: 'article-1280-dark.png', viewport: DESKTOP, colorScheme: 'dark', fullPage: false },
]

export function screenshotChecks(suite: SuiteContext, updateDocs: boolean): Check[] {
  return [
    {
      name: `screenshots of the article at 375 and 1280 px saved in ${path.relative(process.cwd(), suite.artifacts)}/`,
      run: async () => {
        for (const shot of SHOTS) {
          await withPage(
            suite,
            { viewport: shot.viewport, colorScheme: shot.colorScheme, isMobile: shot.viewport === PHONE },
            async (page) => {
              await open(page, `${suite.origin}${ARTICLE_PATH}`)
              if (shot.fullPage) {
                // Lazy images load only near the viewport: pass them all, then come back to the top.
                await scrollThrough(page)
                await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, {
                  timeout: 10_000,
                })
                await page.evaluate(() => window.scrollTo(0, 0))
              }
              const image = await page.screenshot({
                path: path.join(suite.artifacts, shot.file),
                fullPage: shot.fullPage,
              })
              expect(image.length > 10_000, `${shot.file} is suspiciously small (${image.length} bytes)`)
            },
          )
        }
        if (updateDocs) {
          mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true })
          copyFileSync(path.join(suite.artifacts, 'article-375.png'), DOCS_SCREENSHOT)
        }
      },
    },
  ]
}
