import type { Check } from '../harness'
import { open, scrollThrough } from '../navigate'
import { expect, expectNone } from '../harness'
import { ARTICLE_PATH, PAGES } from '../pages'
import { DESKTOP, PHONE, withPage, type SuiteContext } from '../context'

const NARROWEST = { width: 320, height: 640 }

/** The reading experience the design promises, measured in the browser rather than assumed. */
export function layoutChecks(suite: SuiteContext): Check[] {
  const article = `${suite.origin}${ARTICLE_PATH}`
  return [
    {
      name: 'layout: no page scrolls sideways at 320 px (WCAG 1.4.10 reflow)',
      run: () =>
        withPage(suite, { viewport: NARROWEST }, async (page) => {
          const problems: string[] = []
          for (const spec of PAGES.filter((entry) => entry.axe)) {
            await open(page, `${suite.origin}${spec.path}`)
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
            if (overflow > 0) problems.push(`${spec.path} is ${overflow} px wider than the screen`)
          }
          expectNone(problems, 'pages that overflow')
        }),
    },
    {
      name: "layout: the article's running text keeps a readable measure (at most 75 characters a line) at 1280 px",
      run: () =>
        withPage(suite, { viewport: DESKTOP }, async (page) => {
          await open(page, article)
          // Body-size paragraphs, in their own font's characters ("ch" is the width of "0").
          const widest = await page.evaluate(() => {
            const bodySize = getComputedStyle(document.body).fontSize
            const running = [...document.querySelectorAll('article p')].filter(
              (p) => p.checkVisibility() && getComputedStyle(p).fontSize === bodySize,
            )
            return Math.max(
              ...running.map((paragraph) => {
                const probe = document.createElement('span')
                probe.textContent = '0'
                paragraph.append(probe)
                const ch = probe.getBoundingClientRect().width
                probe.remove()
                return paragraph.getBoundingClientRect().width / ch
              }),
            )
          })
          expect(widest > 40 && widest <= 75, `the widest paragraph is ${widest.toFixed(1)} characters wide`)
        }),
    },
    ...[PHONE, DESKTOP].map((viewport) => ({
      name: `layout: nothing shifts while the article loads and is scrolled through, ${viewport.width} px (images keep their boxes)`,
      run: () =>
        withPage(suite, { viewport }, async (page) => {
          // Sum every layout shift not caused by input, as Core Web Vitals' CLS does.
          await page.addInitScript(() => {
            const shifts: number[] = []
            ;(window as unknown as { __shifts: number[] }).__shifts = shifts
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number
                hadRecentInput: boolean
              })[]) {
                if (!entry.hadRecentInput) shifts.push(entry.value)
              }
            }).observe({ type: 'layout-shift', buffered: true })
          })
          await open(page, article)
          await scrollThrough(page)
          await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: 10_000 })
          const total = await page.evaluate(() =>
            (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
          )
          expect(total <= 0.01, `layout shifted by ${total.toFixed(4)} (CLS-style sum)`)
        }),
    })),
    {
      name: 'layout: with reduced motion asked for, the disclosure chevrons do not animate',
      run: () =>
        withPage(suite, { reducedMotion: 'reduce' }, async (page) => {
          await open(page, article)
          const durations = await page.$$eval('summary', (summaries) =>
            summaries.map((summary) => parseFloat(getComputedStyle(summary, '::after').transitionDuration)),
          )
          expect(durations.length > 0, 'the article has no <summary> to check')
          const moving = durations.filter((seconds) => seconds > 0.001)
          expect(moving.length === 0, `${moving.length} chevrons still animate (${moving.join(', ')} s)`)
        }),
    },
    {
      name: 'print: the article prints with its FAQ answers, sources and disclaimer, without navigation, breadcrumbs, footer, TOC or related articles',
      run: () =>
        withPage(suite, {}, async (page) => {
          await open(page, article)
          await page.emulateMedia({ media: 'print' })
          const shown = (selector: string) =>
            page.$$eval(selector, (elements) => elements.some((element) => element.getClientRects().length > 0))
          const hidden = [
            'body > header',
            'body > footer',
            'a[href="#main-content"]',
            'nav[aria-label="Breadcrumb"]',
            'nav[aria-label="Table of contents"]',
            '#related-articles',
          ]
          const kept = ['h1', '#faqs', '#sources', 'aside[aria-label="Medical disclaimer"]']
          const problems: string[] = []
          for (const selector of hidden) if (await shown(selector)) problems.push(`${selector} is printed`)
          for (const selector of kept) {
            const exists = (await page.$(selector)) !== null
            if (exists && !(await shown(selector))) problems.push(`${selector} is not printed`)
          }
          const answersOpen = await page.$$eval('#faqs ~ details', (all) =>
            all.every((details) => {
              const answer = details.querySelector(':scope > :not(summary)')
              return !answer || answer.getClientRects().length > 0
            }),
          )
          if (!answersOpen) problems.push('FAQ answers are folded away in print')
          expectNone(problems, 'print problems')
          await page.pdf({ path: `${suite.artifacts}/article.pdf`, format: 'A4', printBackground: false })
        }),
    },
  ]
}
