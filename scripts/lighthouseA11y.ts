// npm run audit:a11y — Lighthouse's accessibility category on the example article at mobile and
// desktop settings, against a production build served by `next start` (NEXT_DIST_DIR for another
// build folder), or against the origin given as the first argument. Fails unless both are 100.
import { EXAMPLE_ARTICLE_PATH } from '../tooling/exampleArticle'
import { portFor } from '../tooling/freePort'
import { accessibilityAudit, type FormFactor } from '../tooling/lighthouse'
import { startSite, type Site } from '../tooling/nextSite'

const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop']

async function main(): Promise<number> {
  const given = process.argv[2]
  let site: Site | null = null
  if (!given)
    site = await startSite({ distDir: process.env.NEXT_DIST_DIR || '.next', port: await portFor(process.env.E2E_PORT) })
  const origin = given ?? site!.origin
  let failed = false
  try {
    for (const formFactor of FORM_FACTORS) {
      const { score, failing } = await accessibilityAudit(`${origin}${EXAMPLE_ARTICLE_PATH}`, formFactor)
      console.log(`${EXAMPLE_ARTICLE_PATH} ${formFactor}: accessibility ${score}`)
      for (const audit of failing) console.log(`  ${audit}`)
      if (score !== 100) failed = true
    }
  } finally {
    await site?.stop()
  }
  return failed ? 1 : 0
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
