/**
 * `npm run import -- <files or folders...> [--out dataset.ndjson] [--dry-run] [--to-sanity]`:
 * turns legacy posts into article, takeaway and FAQ documents. See docs/importer.md.
 */
import { runImportCli } from '../lib/importer/cli'
import { runCommand } from '../tooling/command'

runCommand('import', (argv, io) => runImportCli(argv, io))
