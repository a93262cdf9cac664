import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { parseCliOptions, USAGE } from './cliOptions'
import { formatMigrationReport, migrationReport, type MigrationReport } from './migrationReport'
import { DatasetWriter, writeDataset } from '../dataset/datasetWriter'
import { readSanityWriteEnv, type SanityWriteEnv } from '../env/sanityWriteEnv'
import { progressReporter } from './progress'
import { importPaths, type ImportOptions, type ImportResult } from './runImport'
import { DEFAULT_DOWNLOAD_LIMITS, safeDownload } from './remoteImage'
import { writeToSanity, type Download } from './sanityWriter'
import { formatSummary } from './summary'

export interface CliIo {
  log: (line: string) => void
  error: (line: string) => void
}

export interface CliContext {
  env: Record<string, string | undefined>
  /** How `--to-sanity` reaches the Content Lake; tests point it at a local server. */
  sanityClient: (env: SanityWriteEnv) => SanityClient
  /**
   * How `--to-sanity` fetches remote images (WXR and HTML posts link to them); tests give their
   * own. By default a safe download that refuses private hosts unless --allow-private-hosts.
   */
  download?: Download
}

const API_VERSION = '2025-02-19'

const defaultContext: CliContext = {
  env: process.env,
  sanityClient: (env) =>
    createClient({
      projectId: env.projectId,
      dataset: env.dataset,
      token: env.token,
      apiVersion: API_VERSION,
      useCdn: false,
      ...(env.apiHost ? { apiHost: env.apiHost, useProjectHostname: false } : {}),
    }),
}

// Documents that answer nothing without an article: a run that imported no article writes nothing.
const nothingImported = (result: ImportResult) => result.summary.articles === 0

async function writeReport(path: string, report: MigrationReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(path.replace(/(\.json)?$/i, '.txt'), `${formatMigrationReport(report, { all: true })}\n`)
}

/** Streams the import into `out`; nothing reaches `out` unless at least one article was imported. */
async function importToFile(
  out: string,
  paths: string[],
  options: ImportOptions,
): Promise<{ result: ImportResult; written: number }> {
  const writer = await DatasetWriter.open(out)
  try {
    const result = await importPaths(paths, { ...options, sink: writer })
    if (nothingImported(result)) {
      await writer.abort()
      return { result, written: 0 }
    }
    for (const document of result.shared) await writer.write(document)
    const written = writer.documents
    await writer.commit()
    return { result, written }
  } catch (error) {
    await writer.abort()
    throw error
  }
}

/** The import command, minus process handling, so tests run it in-process. Returns the exit code. */
export async function runImportCli(argv: string[], io: CliIo, context: CliContext = defaultContext): Promise<number> {
  const options = parseCliOptions(argv, context.env)
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

  if (
    options.uploads &&
    !(await stat(options.uploads).then(
      (info) => info.isDirectory(),
      () => false,
    ))
  ) {
    io.error(`--uploads: ${options.uploads} is not a folder`)
    return 2
  }

  const importOptions: ImportOptions = {
    ...(options.uploads ? { uploads: options.uploads } : {}),
    onProgress: progressReporter(io.error),
    includeDrafts: options.includeDrafts,
    includePages: options.includePages,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    language: options.language,
  }
  // --out alone streams (memory bounded by one post); --to-sanity and --dry-run keep the documents.
  const streaming = options.out && !options.dryRun && !sanityEnv
  let result: ImportResult
  let written = 0
  if (streaming && options.out) ({ result, written } = await importToFile(options.out, options.paths, importOptions))
  else
    result = await importPaths(
      options.paths,
      options.dryRun
        ? { ...importOptions, sink: { write: async () => undefined, addImage: async () => undefined } }
        : importOptions,
    )

  for (const warning of result.warnings) io.error(`warning: ${warning.file}: ${warning.message}`)
  for (const error of result.errors) io.error(`error: ${error.message}`)
  const report = migrationReport(result)
  if (options.report) await writeReport(options.report, report)
  io.log(formatMigrationReport(report, { all: false }))
  const failed = result.errors.length > 0 ? 1 : 0

  if (options.dryRun) {
    io.log(`Dry run, nothing written: ${formatSummary(result.summary)}`)
    return failed
  }
  if (nothingImported(result)) {
    io.error(`error: no article was imported${options.out ? `; ${options.out} was left as it was` : ''}`)
    io.log(`Imported ${formatSummary(result.summary)}`)
    return 1
  }
  const documents = [...result.documents, ...result.shared]
  if (!streaming && options.out) {
    await writeDataset(options.out, documents, result.assets)
    written = documents.length
  }
  if (options.out) io.log(`Wrote ${written} documents to ${options.out}`)
  if (sanityEnv) {
    const sent = await writeToSanity(
      context.sanityClient(sanityEnv),
      result.documents,
      result.shared,
      result.assets,
      options.downloadImages
        ? (context.download ??
            safeDownload(DEFAULT_DOWNLOAD_LIMITS, fetch, { allowPrivateHosts: options.allowPrivateHosts }))
        : undefined,
      {
        resume: options.resume,
        onProgress: progressReporter(io.error),
        retry: {
          onRetry: (retry) =>
            io.error(`retrying ${retry.what} in ${(retry.delayMs / 1000).toFixed(1)} s: ${retry.reason}`),
        },
      },
    )
    for (const failure of sent.failedImages) io.error(`warning: image not uploaded, kept without a picture: ${failure}`)
    const skipped = sent.skipped > 0 ? `; ${sent.skipped} already there from the interrupted run, skipped` : ''
    io.log(
      `Sent ${sent.written} documents to Sanity dataset "${sanityEnv.dataset}" in ${sent.transactions} transactions (${sent.uploadedImages} images uploaded${skipped})`,
    )
  }
  io.log(`Imported ${formatSummary(result.summary)}`)
  return failed
}
