/**
 * `npm run seed [-- --replace]`: loads the bundled dataset and its images into the configured
 * Sanity dataset. See docs/editors.md.
 */
import { runSeedCli } from '../lib/importer/seedCli'
import { runCommand } from '../tooling/command'

runCommand('seed', runSeedCli)
