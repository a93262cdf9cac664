import type { Check } from '../harness'
import { expect } from '../harness'
import { open } from '../navigate'
import { ARTICLE_PATH } from '../pages'
import { DESKTOP, withPage, type SuiteContext } from '../context'
import { EXAMPLE_TRANSLATION_PATH } from '@/tooling/exampleArticle'

// The Spanish edition in a real browser: the language switcher leads from the example article to
// its translation and back, each page in its own language; an untranslated page leads to the other
// language's home, saying so.

/** Follows the language switcher's one link on `from`; resolves with where it led and what the page said. */
async function followSwitcher(suite: SuiteContext, from: string) {
  return withPage(suite, { viewport: DESKTOP }, async (page) => {
    await open(page, `${suite.origin}${from}`)
    const link = page.locator('header nav[aria-label="Language"] a, header nav[aria-label="Idioma"] a')
    expect(
      (await link.count()) === 1,
      `expected one link in the language switcher on ${from}, found ${await link.count()}`,
    )
    const text = ((await link.textContent()) ?? '').trim()
    await Promise.all([page.waitForURL((url) => url.pathname !== from), link.click()])
    const lang = await page.locator('html').getAttribute('lang')
    return { path: new URL(page.url()).pathname, text, lang }
  })
}

export function languageChecks(suite: SuiteContext): Check[] {
  return [
    {
      name: 'language switcher: the example article leads to its Spanish translation, and back',
      run: async () => {
        const toSpanish = await followSwitcher(suite, ARTICLE_PATH)
        expect(toSpanish.path === EXAMPLE_TRANSLATION_PATH, `led to ${toSpanish.path}, not ${EXAMPLE_TRANSLATION_PATH}`)
        expect(toSpanish.lang === 'es', `the translation says <html lang="${toSpanish.lang}">`)
        expect(toSpanish.text === 'Leer en español', `the link said "${toSpanish.text}"`)
        const back = await followSwitcher(suite, EXAMPLE_TRANSLATION_PATH)
        expect(back.path === ARTICLE_PATH, `led back to ${back.path}, not ${ARTICLE_PATH}`)
        expect(back.lang === 'en', `the original says <html lang="${back.lang}">`)
      },
    },
    {
      name: "language switcher: an article with no translation leads to the other language's home, saying so",
      run: async () => {
        const untranslated = '/blog/keeping-a-mood-and-sleep-journal'
        const result = await followSwitcher(suite, untranslated)
        expect(result.path === '/es', `led to ${result.path}, not /es`)
        expect(/no está traducida/.test(result.text), `the link said "${result.text}"`)
      },
    },
  ]
}
