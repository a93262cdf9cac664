import { truncate, writeFile } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import { MAX_INPUT_BYTES } from '@/lib/importer/inputLimits'
import { useTempDir } from '../../support/tempDir'

// An input too large to be a post or an export is refused up front, by name and with the limit,
// and the other files are still imported. The files are sparse: they take no disk space.

const GOOD = 'A Title\n\nIntro.\n\nSection\n\nBody.\n\nKey Takeaway:\n\nThe takeaway.\n'

async function run(...argv: string[]) {
  const log: string[] = []
  const error: string[] = []
  const code = await runImportCli(argv, { log: (line) => log.push(line), error: (line) => error.push(line) })
  return { code, output: [...log, ...error].join('\n') }
}

describe('input size limits', () => {
  const temp = useTempDir()

  it.each([
    [
      'an HTML post over 20 MB',
      'huge.html',
      '<html><head><title>x</title></head><body>',
      MAX_INPUT_BYTES.html + 1,
      '20 MB limit for an HTML post',
    ],
    ['a text post over 20 MB', 'huge.txt', 'A title\n\n', MAX_INPUT_BYTES.text + 1, '20 MB limit for a text post'],
    [
      'a WordPress export over 1 GB',
      'huge.xml',
      '<?xml version="1.0"?><rss>',
      MAX_INPUT_BYTES.wxr + 1,
      '1 GB limit for a WordPress export',
    ],
  ])('refuses %s with a clear message and imports the rest', async (_name, fileName, head, bytes, message) => {
    const huge = temp.path(fileName)
    await writeFile(huge, head)
    await truncate(huge, bytes)
    const good = await temp.write('good.txt', GOOD)
    const started = performance.now()
    const { code, output } = await run(huge, good, '--dry-run')
    expect(output).toContain(`${huge}: `)
    expect(output).toContain(message)
    expect(output).toMatch(/1 article/)
    expect(code).not.toBe(0)
    // Refused by its size, not after reading it.
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('accepts a post just under the limit', async () => {
    const post = await temp.write('long.txt', `A Title\n\n${'word '.repeat(1000)}\n`)
    const { output } = await run(post, '--dry-run')
    expect(output).not.toContain('limit')
  })
})
