/**
 * `npm run import -- <files or folders...> [--out dataset.ndjson] [--dry-run] [--to-sanity]`:
 * turns legacy posts into article, takeaway and FAQ documents. See docs/importer.md.
 */
import { runImportCli } from '../lib/importer/cli'

runImportCli(process.argv.slice(2), { log: (line) => console.log(line), error: (line) => console.error(line) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
