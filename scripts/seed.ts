/**
 * `npm run seed [-- --replace]`: loads the bundled dataset and its images into the configured
 * Sanity dataset. See docs/editors.md.
 */
import { loadEnvConfig } from '@next/env'
import { runSeedCli } from '../lib/importer/seedCli'

// The same .env files the site reads (.env.local and friends), so one configuration serves both.
loadEnvConfig(process.cwd())

runSeedCli(
  process.argv.slice(2),
  { log: (line) => console.log(line), error: (line) => console.error(line) },
  process.env,
).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
