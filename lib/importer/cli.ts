import { parseCliOptions, USAGE } from './cli-options'
import { writeDataset } from './ndjson-writer'
import { progressReporter } from './progress'
import { importPaths } from './run-import'
import { formatSummary } from './summary'

export interface CliIo {
  log: (line: string) => void
  error: (line: string) => void
}

/** The import command, minus process handling, so tests run it in-process. Returns the exit code. */
export async function runImportCli(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv)
  if ('problem' in options) {
    io.error(`${options.problem}\n\n${USAGE}`)
    return 2
  }

  const result = await importPaths(options.paths, { onProgress: progressReporter(io.error) })
  for (const warning of result.warnings) io.error(`warning: ${warning.file}: ${warning.message}`)
  for (const error of result.errors) io.error(`error: ${error.message}`)

  if (options.dryRun) {
    io.log(`Dry run, nothing written: ${formatSummary(result.summary)}`)
    return result.errors.length > 0 ? 1 : 0
  }
  const documents = [...result.documents, ...result.shared]
  if (documents.length > 0 && options.out) {
    await writeDataset(options.out, documents, result.assets)
    io.log(`Wrote ${documents.length} documents to ${options.out}`)
  }
  io.log(`Imported ${formatSummary(result.summary)}`)
  return result.errors.length > 0 ? 1 : 0
}
