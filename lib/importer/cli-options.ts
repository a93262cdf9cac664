import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run import -- <files or folders...> [--out dataset.ndjson] [--dry-run] [--to-sanity]

Reads plain-text posts (.txt), single-post HTML (.html) and WordPress WXR exports (.xml).
  --out FILE     write the documents as NDJSON (the format of \`sanity dataset export\`), images beside it in images/
  --dry-run      import and report, write nothing
  --to-sanity    write to the Sanity dataset named by NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET
                 and SANITY_API_WRITE_TOKEN (createOrReplace transactions, so re-running updates in place)`

export interface CliOptions {
  paths: string[]
  out: string | undefined
  dryRun: boolean
  toSanity: boolean
}

/** Parses the command line; a usage problem is returned as a message, never thrown mid-run. */
export function parseCliOptions(argv: string[]): CliOptions | { problem: string } {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'to-sanity': { type: 'boolean', default: false } },
    })
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
  const { values, positionals } = parsed
  if (positionals.length === 0) return { problem: 'no files or folders to import' }
  if (!values.out && !values['dry-run'] && !values['to-sanity']) return { problem: 'say where the documents go: --out FILE, --to-sanity, or --dry-run' }
  return { paths: positionals, out: values.out, dryRun: values['dry-run'], toSanity: values['to-sanity'] }
}
