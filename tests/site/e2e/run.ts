import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { launchChromium } from '@/tooling/chromium'
import { portFor } from '@/tooling/freePort'
import { startSite } from '@/tooling/nextSite'
import type { SuiteContext } from './context'
import { runChecks } from './harness'
import { axeChecks } from './checks/axe'
import { clientJsChecks } from './checks/clientJs'
import { keyboardChecks } from './checks/keyboard'
import { languageChecks } from './checks/languages'
import { layoutChecks } from './checks/layout'
import { lighthouseChecks } from './checks/lighthouse'
import { routeChecks } from './checks/routes'
import { screenshotChecks } from './checks/screenshots'

// Browser tests against an existing production build: `npm run build` first, or NEXT_DIST_DIR
// for another build folder; E2E_PORT pins the port. Flags: --update-docs refreshes
// docs/screenshots/article-375.png; --skip-lighthouse leaves out the two slowest checks while
// iterating on a design (the full run always includes them).
async function main() {
  const flags = new Set(process.argv.slice(2))
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const artifacts = path.join(process.cwd(), 'test-results')
  mkdirSync(artifacts, { recursive: true })

  const site = await startSite({ distDir, port: await portFor(process.env.E2E_PORT) })
  const startupOutput = site.output().length
  const browser = await launchChromium().catch(async (error: unknown) => {
    await site.stop()
    throw error
  })
  console.log(`Testing the build in ${distDir}/ at ${site.origin}`)
  let summary = { passed: 0, failed: 0 }
  try {
    const suite: SuiteContext = { origin: site.origin, distDir, browser, artifacts }
    summary = await runChecks([
      ...routeChecks(suite),
      ...axeChecks(suite),
      ...keyboardChecks(suite),
      ...languageChecks(suite),
      ...layoutChecks(suite),
      ...clientJsChecks(suite),
      ...screenshotChecks(suite, flags.has('--update-docs')),
      ...(flags.has('--skip-lighthouse') ? [] : lighthouseChecks(suite)),
      {
        name: 'the server printed no errors or warnings while serving the suite',
        run: async () => {
          const printed = site.output().slice(startupOutput).trim()
          if (printed) throw new Error(printed)
        },
      },
    ])
  } finally {
    await browser.close()
    await site.stop()
  }
  console.log(`${summary.passed} passed, ${summary.failed} failed`)
  process.exitCode = summary.failed > 0 ? 1 : 0
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  console.log('0 passed, 1 failed')
  process.exitCode = 1
})
