// npm run audit:seo — Lighthouse 12 (default mobile settings) on the home page, the blog index,
// the example article and their Spanish editions (/es, the translated example) of a production build served by `next start`, with Debian's Chromium (never
// a downloaded browser). Prints the four category scores of each page; fails unless SEO is 100 on
// every one. Build first: `npm run build && npm run audit:seo` (NEXT_DIST_DIR for another folder).
import { launchChromeForLighthouse } from '../tooling/chromium'
import { EXAMPLE_ARTICLE_PATH, EXAMPLE_TRANSLATION_PATH } from '../tooling/exampleArticle'
import { failingAudits, runLighthouse } from '../tooling/lighthouse'
import { runSiteAudit } from '../tooling/siteAudit'

const PAGES = ['/', '/blog', EXAMPLE_ARTICLE_PATH, '/es', EXAMPLE_TRANSLATION_PATH]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Scores = Record<(typeof CATEGORIES)[number], number>

async function audit(url: string, chromePort: number): Promise<{ scores: Scores; seoFailures: string[] }> {
  const lhr = await runLighthouse(url, { categories: CATEGORIES, chromePort })
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Scores
  return { scores, seoFailures: failingAudits(lhr, 'seo') }
}

async function auditPages(origin: string): Promise<boolean> {
  const chrome = await launchChromeForLighthouse()
  let passed = true
  try {
    console.log(['page'.padEnd(42), ...CATEGORIES.map((id) => id.padStart(15))].join(''))
    for (const path of PAGES) {
      const { scores, seoFailures } = await audit(`${origin}${path}`, chrome.port)
      console.log([path.padEnd(42), ...CATEGORIES.map((id) => String(scores[id]).padStart(15))].join(''))
      if (scores.seo !== 100) {
        passed = false
        for (const failure of seoFailures) console.log(`  SEO: ${failure}`)
      }
    }
  } finally {
    chrome.kill()
  }
  console.log(passed ? 'SEO 100 on every page' : 'SEO is below 100 on at least one page')
  return passed
}

// SEO_PORT pins the port, as for npm run test:seo.
runSiteAudit(auditPages, { port: process.env.SEO_PORT })
