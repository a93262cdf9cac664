import { claimsReport, formatClaimsReport } from '../claimsReport'
import { claimsSource, type ClaimsSource } from './claimsSource'

export const CHECK_CLAIMS_USAGE = `Usage: npm run check:claims [-- --json] [--strict]

Checks the published articles for risky health claims (lib/claims/rules.json; see docs/claims.md):
the bundled dataset, or the Sanity dataset when NEXT_PUBLIC_SANITY_PROJECT_ID is set.

  --json     print the report as JSON
  --strict   exit 1 while any hit is not acknowledged by the article's medical reviewer`

export interface CheckClaimsIo {
  log: (line: string) => void
  error: (line: string) => void
}

/**
 * The command minus process handling, so tests run it in-process. Returns the exit code: 0, 1
 * under --strict with open hits, 2 for a bad option or environment. `source` replaces the
 * environment's choice (tests pass their own articles).
 */
export async function runCheckClaimsCli(
  argv: readonly string[],
  io: CheckClaimsIo,
  env: Record<string, string | undefined>,
  source?: ClaimsSource,
): Promise<number> {
  if (argv.includes('--help')) {
    io.log(CHECK_CLAIMS_USAGE)
    return 0
  }
  const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--strict')
  if (unknown.length > 0) {
    io.error(`Unknown option: ${unknown.join(' ')}\n\n${CHECK_CLAIMS_USAGE}`)
    return 2
  }
  const configured = source ?? claimsSource(env)
  if ('problem' in configured) {
    io.error(`check:claims: ${configured.problem}`)
    return 2
  }
  const report = claimsReport(await configured.load(), configured.label)
  io.log(argv.includes('--json') ? JSON.stringify(report, null, 2) : formatClaimsReport(report))
  if (argv.includes('--strict') && report.summary.open > 0) {
    io.error(
      `check:claims: ${report.summary.open} unacknowledged ${report.summary.open === 1 ? 'claim' : 'claims'}; a medical reviewer acknowledges each in the Studio (Medical review > Claim acknowledgements) or the wording changes.`,
    )
    return 1
  }
  return 0
}
