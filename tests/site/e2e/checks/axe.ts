import AxeBuilder from '@axe-core/playwright'
import type { Check } from '../harness'
import { open } from '../navigate'
import { expect, expectNone } from '../harness'
import { ARTICLE_PATH, PAGES } from '../pages'
import { DESKTOP, PHONE, withPage, type SuiteContext } from '../context'

// WCAG 2.0, 2.1 and 2.2 at levels A and AA: the tags axe-core files those success criteria under.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Scheme = 'light' | 'dark'
type Viewport = { width: number; height: number }

function axeCheck(suite: SuiteContext, name: string, path: string, colorScheme: Scheme, viewport: Viewport): Check {
  return {
    name: `axe: ${name} (${path}) has no WCAG 2.2 A/AA violations, ${colorScheme} theme, ${viewport.width} px`,
    run: () =>
      withPage(suite, { colorScheme, viewport }, async (page) => {
        await open(page, `${suite.origin}${path}`)
        // Closed <details> hide their content from axe; opening them checks the answers too.
        await page.$$eval('details', (all) => all.forEach((details) => (details.open = true)))
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
        expect(results.passes.length > 0, 'axe ran no rules: is the page empty?')
        expectNone(
          results.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
                .slice(0, 5)
                .map((node) => node.target.join(' '))
                .join(' | ')}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''}`,
          ),
          'violations',
        )
      }),
  }
}

/** Every listed page in both themes; the article also at phone width, where its layout differs. */
export function axeChecks(suite: SuiteContext): Check[] {
  const schemes: Scheme[] = ['light', 'dark']
  const wide = PAGES.filter((spec) => spec.axe).flatMap((spec) =>
    schemes.map((scheme) => axeCheck(suite, spec.name, spec.path, scheme, DESKTOP)),
  )
  const phone = schemes.map((scheme) => axeCheck(suite, 'example article', ARTICLE_PATH, scheme, PHONE))
  return [...wide, ...phone]
}
