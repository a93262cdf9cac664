import { createClient, type SanityClient } from '@sanity/client'
import { parseCliOptions, USAGE } from './cli-options'
import { writeDataset } from './ndjson-writer'
import { progressReporter } from './progress'
import { importPaths } from './run-import'
import { readSanityWriteEnv, type SanityWriteEnv } from './sanity-env'
import { downloadWithFetch, writeToSanity, type Download } from './sanity-writer'
import { formatSummary } from './summary'

export interface CliIo {
  log: (line: string) => void
  error: (line: string) => void
}

export interface CliContext {
  env: Record<string, string | undefined>
  /** How `--to-sanity` reaches the Content Lake; tests point it at a local server. */
  sanityClient: (env: SanityWriteEnv) => SanityClient
  /** How `--to-sanity` fetches remote images (WXR and HTML posts link to them). */
  download: Download
}

const API_VERSION = '2025-02-19'

const defaultContext: CliContext = {
  env: process.env,
  sanityClient: (env) =>
    createClient({
      projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET,
      token: env.SANITY_API_WRITE_TOKEN,
      apiVersion: API_VERSION,
      useCdn: false,
    }),
  download: downloadWithFetch,
}

/** The import command, minus process handling, so tests run it in-process. Returns the exit code. */
export async function runImportCli(argv: string[], io: CliIo, context: CliContext = defaultContext): Promise<number> {
  const options = parseCliOptions(argv)
  if ('problem' in options) {
    io.error(`${options.problem}\n\n${USAGE}`)
    return 2
  }
  // Checked before importing, so a missing token does not surface after minutes of work.
  const sanityEnv = options.toSanity && !options.dryRun ? readSanityWriteEnv(context.env) : undefined
  if (sanityEnv && 'problem' in sanityEnv) {
    io.error(`--to-sanity: ${sanityEnv.problem}`)
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
  if (sanityEnv && documents.length > 0) {
    const written = await writeToSanity(context.sanityClient(sanityEnv), result.documents, result.shared, result.assets, context.download)
    for (const failure of written.failedImages) io.error(`warning: image not uploaded, kept without a picture: ${failure}`)
    io.log(`Sent ${written.written} documents to Sanity dataset "${sanityEnv.NEXT_PUBLIC_SANITY_DATASET}" in ${written.transactions} transactions (${written.uploadedImages} images uploaded)`)
  }
  io.log(`Imported ${formatSummary(result.summary)}`)
  return result.errors.length > 0 ? 1 : 0
}
