import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

type VnuMessage = { type: string; subType?: string; url?: string; message: string; lastLine?: number; extract?: string }

/**
 * Checks HTML documents with the Nu HTML Checker (vnu-jar, Java 17), all in one JVM start.
 * Returns the errors of each document by its name; a document without errors has an empty list.
 */
export async function vnuErrors(documents: Map<string, string>): Promise<Map<string, string[]>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seo-vnu-'))
  try {
    const files = new Map<string, string>()
    let index = 0
    for (const [name, html] of documents) {
      const file = path.join(dir, `page-${index++}.html`)
      await writeFile(file, html)
      files.set(pathToFileURL(file).href, name)
    }
    const jar = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist', 'vnu.jar')
    const stderr = await new Promise<string>((resolve, reject) => {
      // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
      execFile(
        'java',
        ['-jar', jar, '--errors-only', '--format', 'json', ...[...files.keys()].map((url) => new URL(url).pathname)],
        { maxBuffer: 64 * 1024 * 1024 },
        (error, _stdout, err) => {
          if (error && !err.trim().startsWith('{')) reject(new Error(`vnu failed: ${error.message} ${err}`))
          else resolve(err)
        },
      )
    })
    const report = JSON.parse(stderr) as { messages: VnuMessage[] }
    const errors = new Map([...documents.keys()].map((name) => [name, [] as string[]]))
    for (const message of report.messages) {
      if (message.type !== 'error' && message.subType !== 'fatal') continue
      const name = (message.url && files.get(message.url)) ?? '(unknown document)'
      const list = errors.get(name) ?? []
      list.push(
        `line ${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` [${message.extract.trim()}]` : ''}`,
      )
      errors.set(name, list)
    }
    return errors
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
