import type { Page } from 'playwright-core'
import type { Check } from '../harness'
import { open } from '../navigate'
import { expect, expectNone } from '../harness'
import { ARTICLE_PATH } from '../pages'
import { DESKTOP, PHONE, withPage, type SuiteContext } from '../context'

const TOC = 'nav[aria-label="Table of contents"]'

type Focused = {
  description: string
  href: string | null
  inToc: boolean
  isSummary: boolean
  visible: boolean
  focusRing: boolean
}

function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate((toc) => {
    const element = document.activeElement
    if (!element || element === document.body) {
      return { description: 'body', href: null, inToc: false, isSummary: false, visible: false, focusRing: false }
    }
    const box = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    return {
      description: `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 60)}"`,
      href: element.getAttribute('href'),
      inToc: element.closest(toc) !== null,
      isSummary: element.tagName === 'SUMMARY',
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
      focusRing:
        element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    }
  }, TOC)
}

/**
 * Tabs from the top of the article: the skip link comes first, then every TOC link in order,
 * each visible and with a focus ring. At phone width the TOC is folded, so Enter opens it.
 */
async function walkToTableOfContents(page: Page) {
  const expected = await page.$$eval(`${TOC} a`, (links) => links.map((link) => link.getAttribute('href')))
  expect(expected.length > 0, 'the article has no table of contents links')

  await page.keyboard.press('Tab')
  const first = await focusedElement(page)
  expect(first.href === '#main-content', `the first Tab stop is ${first.description}, not the skip link`)
  expect(first.visible && first.focusRing, 'the skip link is not visible with a focus ring when focused')

  const reached: string[] = []
  const problems: string[] = []
  let entered = false
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab')
    const focused = await focusedElement(page)
    if (!focused.inToc) {
      if (entered) break
      continue
    }
    entered = true
    if (!focused.visible || !focused.focusRing) problems.push(`${focused.description} is focused but not visibly`)
    if (focused.isSummary) {
      const open = await page.$eval(`${TOC} details`, (details) => (details as HTMLDetailsElement).open)
      if (!open) await page.keyboard.press('Enter')
      continue
    }
    if (focused.href) reached.push(focused.href)
  }
  expect(entered, 'Tab never reached the table of contents')
  expectNone(problems, 'focus problems in the table of contents')
  expect(
    JSON.stringify(reached) === JSON.stringify(expected),
    `Tab order through the TOC was\n  ${reached.join(' ')}\nexpected\n  ${expected.join(' ')}`,
  )
  return expected
}

/** Following a TOC link by keyboard must put focus on its heading, so screen readers continue there. */
async function activateEachLink(page: Page, hrefs: (string | null)[]) {
  const problems: string[] = []
  for (const href of hrefs) {
    if (!href) continue
    const id = decodeURIComponent(href.slice(1))
    await page.focus(`${TOC} a[href="${href}"]`)
    await page.keyboard.press('Enter')
    const moved = await page
      .waitForFunction((target) => document.activeElement?.id === target, id, { timeout: 3000 })
      .then(() => true)
      .catch(() => false)
    if (!moved) {
      problems.push(`${href}: focus stayed on ${(await focusedElement(page)).description}`)
      continue
    }
    // Smooth scrolling takes a moment; the heading must end up in view.
    const inView = await page
      .waitForFunction(
        (target) => {
          const box = document.getElementById(target)?.getBoundingClientRect()
          return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight
        },
        id,
        { timeout: 3000 },
      )
      .then(() => true)
      .catch(() => false)
    if (!inView) problems.push(`${href}: the heading is focused but not scrolled into view`)
  }
  expectNone(problems, 'TOC links that do not move focus to their heading')
}

export function keyboardChecks(suite: SuiteContext): Check[] {
  return [
    {
      name: 'keyboard, 1280 px: skip link first, then every TOC link in order; each TOC link moves focus to its heading',
      run: () =>
        withPage(suite, { viewport: DESKTOP }, async (page) => {
          await open(page, `${suite.origin}${ARTICLE_PATH}`)
          const hrefs = await walkToTableOfContents(page)
          await activateEachLink(page, hrefs)
        }),
    },
    {
      name: 'keyboard, 375 px, JavaScript off: skip link first, the folded TOC opens with Enter, then every TOC link in order',
      run: () =>
        withPage(suite, { viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false }, async (page) => {
          await open(page, `${suite.origin}${ARTICLE_PATH}`)
          const folded = await page.$eval(`${TOC} ol`, (list) => !list.checkVisibility())
          expect(folded, 'the table of contents is not folded at phone width')
          const hrefs = await walkToTableOfContents(page)
          await activateEachLink(page, hrefs.slice(0, 3))
        }),
    },
    {
      name: 'keyboard: the skip link moves focus to the main content',
      run: () =>
        withPage(suite, {}, async (page) => {
          await open(page, `${suite.origin}${ARTICLE_PATH}`)
          await page.keyboard.press('Tab')
          await page.keyboard.press('Enter')
          const id = await page.evaluate(() => document.activeElement?.id)
          expect(id === 'main-content', `focus went to #${id ?? 'nothing'}, not #main-content`)
        }),
    },
  ]
}
