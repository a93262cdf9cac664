/**
 * `npm run check:claims [-- --json] [--strict]`: the claims check over the published articles.
 * See docs/claims.md.
 */
import { loadEnvConfig } from '@next/env'
import { runCheckClaimsCli } from '../lib/claims/cli/checkClaimsCli'

// The same .env files the site reads, so the command checks the content the site shows.
loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error })

runCheckClaimsCli(
  process.argv.slice(2),
  { log: (line) => console.log(line), error: (line) => console.error(line) },
  process.env,
).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:claims: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  },
)
