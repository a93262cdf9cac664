import { readFile } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import type { MigrationReport } from '@/lib/importer/migrationReport'
import type { useTempDir } from './tempDir'

export type ImportWithReport = {
  /** Where the input was written. */
  path: string
  /** report.json, parsed. */
  report: MigrationReport
  /** report.txt, the text the import writes beside it. */
  text: string
  /** What the command printed to the console. */
  log: string[]
}

/** Writes `content` to `name` in the scratch folder and imports it with `--report report.json`. */
export async function importWithReport(
  temp: ReturnType<typeof useTempDir>,
  content: string,
  name = 'export.xml',
): Promise<ImportWithReport> {
  const path = await temp.write(name, content)
  const log: string[] = []
  await runImportCli([path, '--out', temp.path('out.ndjson'), '--report', temp.path('report.json')], {
    log: (line) => log.push(line),
    error: () => undefined,
  })
  const report = JSON.parse(await readFile(temp.path('report.json'), 'utf8')) as MigrationReport
  return { path, report, text: await readFile(temp.path('report.txt'), 'utf8'), log }
}
