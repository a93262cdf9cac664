/**
 * `npm run import -- <files or folders...> [--out dataset.ndjson] [--dry-run] [--to-sanity]`:
 * turns legacy posts into article, takeaway and FAQ documents. See docs/importer.md.
 */
import { runImportCli } from '../lib/importer/cli'

// Writes to a pipe are asynchronous: exiting at once would cut off the end of a long report
// (`npm run import … | tee log`). An empty write calls back once everything before it is out.
const exit = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))

runImportCli(process.argv.slice(2), { log: (line) => console.log(line), error: (line) => console.error(line) }).then(
  exit,
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    exit(1)
  },
)
