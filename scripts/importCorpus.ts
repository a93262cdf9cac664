/**
 * `npx tsx scripts/importCorpus.ts ../shared/wordpress-exports`: runs the importer over every
 * WXR file of a folder, each in a dry run, and checks that each one either imports or fails
 * with a clear message naming the file (and the line when the XML is broken), never with a
 * stack trace or an uncaught error. Exits 1 when any file breaks that promise.
 */
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { runImportCli } from '../lib/importer/cli'

// A message that leaked from a crash rather than one written for a person.
const STACK =
  /\n\s+at .+\(.+:\d+:\d+\)|\n\s+at .+:\d+:\d+|TypeError|ReferenceError|RangeError|SyntaxError|Cannot read properties|is not a function|undefined is not/

async function main(folder: string | undefined): Promise<number> {
  if (!folder) {
    console.error('Usage: npx tsx scripts/importCorpus.ts <folder of WXR .xml files>')
    return 2
  }
  const files = (await readdir(folder)).filter((name) => name.endsWith('.xml')).sort()
  if (files.length === 0) {
    console.error(`${folder}: no .xml files`)
    return 2
  }
  let broken = 0
  for (const name of files) {
    const path = join(resolve(folder), name)
    const errors: string[] = []
    const logs: string[] = []
    let code: number
    try {
      code = await runImportCli([path, '--dry-run', '--include-drafts', '--include-pages'], {
        log: (line) => logs.push(line),
        error: (line) => errors.push(line),
      })
    } catch (error) {
      broken += 1
      console.log(`CRASH    ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      continue
    }
    const problems = errors.filter((line) => line.startsWith('error: '))
    const unclear = problems.filter((line) => STACK.test(line) || !line.includes(path))
    if (unclear.length > 0) {
      broken += 1
      console.log(`UNCLEAR  ${name}:\n  ${unclear.join('\n  ')}`)
      continue
    }
    const summary = logs.find((line) => line.startsWith('Dry run')) ?? ''
    if (code === 0) console.log(`ok       ${name}: ${summary.replace('Dry run, nothing written: ', '')}`)
    else
      console.log(`refused  ${name}: ${problems.map((line) => line.replace(`error: ${path}`, '').trim()).join('; ')}`)
  }
  console.log(`\n${files.length} files, ${broken} without a clear outcome`)
  return broken > 0 ? 1 : 0
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
