// npm run audit:a11y — Lighthouse's accessibility category on the example article at mobile and
// desktop settings, against a production build served by `next start` (NEXT_DIST_DIR for another
// build folder), or against the origin given as the first argument. Fails unless both are 100.
import { EXAMPLE_ARTICLE_PATH } from '../tooling/exampleArticle'
import { accessibilityAudit, type FormFactor } from '../tooling/lighthouse'
import { runSiteAudit } from '../tooling/siteAudit'

const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop']

async function audit(origin: string): Promise<boolean> {
  let passed = true
  for (const formFactor of FORM_FACTORS) {
    const { score, failing } = await accessibilityAudit(`${origin}${EXAMPLE_ARTICLE_PATH}`, formFactor)
    console.log(`${EXAMPLE_ARTICLE_PATH} ${formFactor}: accessibility ${score}`)
    for (const entry of failing) console.log(`  ${entry}`)
    if (score !== 100) passed = false
  }
  return passed
}

runSiteAudit(audit, { origin: process.argv[2], port: process.env.E2E_PORT })
