/**
 * `npm run check:claims [-- --json] [--strict]`: the claims check over the published articles.
 * See docs/claims.md.
 */
import { runCheckClaimsCli } from '../lib/claims/cli/checkClaimsCli'
import { runCommand } from '../tooling/command'

// Exit code 2 is the command's own "could not check" (bad option or environment).
runCommand('check:claims', (argv, io, env) => runCheckClaimsCli(argv, io, env), 2)
