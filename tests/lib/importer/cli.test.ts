import { readdir, readFile, stat } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import { useTempDir } from '../../support/tempDir'
import { EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'
import { bundledSourcePath } from '@/lib/dataset/bundledDataset'

const POST = bundledSourcePath('articles', `${EXAMPLE_ARTICLE_SLUG}.txt`)
const GOOD = 'A Title\n\nIntro.\n\nSection\n\nBody.\n\nKey Takeaway:\n\nThe takeaway.\n'

async function run(...argv: string[]) {
  const log: string[] = []
  const error: string[] = []
  const code = await runImportCli(argv, { log: (line) => log.push(line), error: (line) => error.push(line) })
  return { code, log: log.join('\n'), error: error.join('\n') }
}

const ids = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { _id: string })._id)

describe('npm run import', () => {
  const temp = useTempDir()

  it('imports the example text into one article with 5 sections, 5 takeaways and 5 FAQs', async () => {
    const { code, log } = await run(POST, '--out', temp.path('out.ndjson'))
    expect(code).toBe(0)
    expect(log).toMatch(/1 article, 5 sections, 5 takeaways, 5 FAQs, 1 image, 0 redirects, 3 warnings, 0 errors/)
    const documents = ids(await readFile(temp.path('out.ndjson'), 'utf8'))
    expect(documents).toHaveLength(11)
    expect(await readdir(temp.path('images'))).toEqual([expect.stringMatching(/-1200x675\.png$/)])
  })

  it('writes byte-identical output on every run and replaces rather than duplicates on re-import', async () => {
    await run(POST, '--out', temp.path('a.ndjson'))
    await run(POST, POST, '--out', temp.path('b.ndjson'))
    const first = await readFile(temp.path('a.ndjson'), 'utf8')
    expect(await readFile(temp.path('b.ndjson'), 'utf8')).toBe(first)
    await run(POST, '--out', temp.path('a.ndjson'))
    expect(await readFile(temp.path('a.ndjson'), 'utf8')).toBe(first)
    expect(new Set(ids(first)).size).toBe(ids(first).length)
  })

  it('reports each bad file with its name and problem and still imports the others', async () => {
    const inputs = [
      await temp.write('empty.txt', ''),
      await temp.write('blank.txt', ' \u00a0\n\n'),
      await temp.write('untitled.txt', 'This post starts with a sentence. It has no title.\n\nMore.\n'),
      await temp.write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])),
      await temp.write('latin1.txt', Buffer.from('Caf\xe9\n\nText.', 'latin1')),
      await temp.write('faq.txt', `${GOOD}\nFAQs\n\nIs it broken?\n\nConclusion\n\nBye.\n`),
      await temp.write('good.txt', GOOD),
    ]
    const { code, error, log } = await run(...inputs, '--out', temp.path('out.ndjson'))
    expect(code).toBe(1)
    expect(error).toContain(`${inputs[0]}: the file is empty`)
    expect(error).toContain(`${inputs[1]}: the file is empty`)
    expect(error).toContain(`${inputs[2]} (line 1): no title`)
    expect(error).toContain(`${inputs[3]}: binary data`)
    expect(error).toContain(`${inputs[4]}: binary data, not text (it is not valid UTF-8)`)
    expect(error).toContain(`${inputs[5]} (line 15): FAQ question "Is it broken?" has no answer`)
    expect(log).toMatch(/1 article, 1 section, 1 takeaway, 0 FAQs, 0 images, 0 redirects, \d+ warnings, 6 errors/)
    expect(ids(await readFile(temp.path('out.ndjson'), 'utf8'))).toEqual(['article-good', 'takeaway-good-1'])
  })

  it('writes nothing on --dry-run', async () => {
    const { code, log } = await run(POST, '--dry-run', '--out', temp.path('out.ndjson'))
    expect(code).toBe(0)
    expect(log).toMatch(/^Dry run, nothing written: 1 article/m)
    expect(await readdir(temp.path(''))).toEqual([])
  })

  it('never leaves a half-written file when writing fails', async () => {
    const { mkdir } = await import('node:fs/promises')
    // A folder where the output file should go makes the final rename fail.
    await mkdir(temp.path('out.ndjson'))
    await expect(run(await temp.write('good.txt', GOOD), '--out', temp.path('out.ndjson'))).rejects.toThrow()
    expect((await stat(temp.path('out.ndjson'))).isDirectory()).toBe(true)
    expect((await readdir(temp.path(''))).sort()).toEqual(['good.txt', 'out.ndjson'])
  })

  it('explains its usage when it has nothing to do', async () => {
    expect((await run()).code).toBe(2)
    const { code, error } = await run(POST)
    expect(code).toBe(2)
    expect(error).toMatch(/--out FILE, --to-sanity, or --dry-run/)
  })
})
