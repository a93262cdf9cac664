import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import { DatasetWriter, EmptyDatasetError, writeDataset } from '@/lib/dataset/datasetWriter'
import type { DocumentLike } from '@/lib/dataset/ndjson'
import { useTempDir } from '../../support/tempDir'
import { fixturePath } from '../../support/fixtures'

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
)
const PICTURE = { fileName: 'abc-1x1.png', assetId: 'image-abc-1x1-png' }

describe('the NDJSON dataset writer', () => {
  const temp = useTempDir()

  // A previous good import: the file and its images must survive any failed or empty run.
  async function previousDataset() {
    await writeFile(temp.path('out.ndjson'), '{"_id":"old","_type":"article"}\n')
    await mkdir(temp.path('images'))
    await writeFile(temp.path('images/old-1x1.png'), TINY_PNG)
  }
  const folder = async () => (await readdir(temp.path(''))).sort()

  it('streams documents to a hidden temporary file and replaces the dataset only on commit', async () => {
    await previousDataset()
    const picture = await temp.write('picture.png', TINY_PNG)
    const writer = await DatasetWriter.open(temp.path('out.ndjson'))
    await writer.addImage({ ...PICTURE, path: picture })
    // Over a megabyte of documents: they must reach the disk before the end, not wait in memory.
    const body = 'x'.repeat(1000)
    for (let n = 0; n < 1500; n++) {
      const document: DocumentLike & { body: string } = {
        _id: `article-${String(n).padStart(4, '0')}`,
        _type: 'article',
        body,
      }
      await writer.write(document)
    }
    const temporary = (await folder()).find((name) => name.endsWith('.tmp') && !name.includes('images'))!
    expect(temporary).toMatch(/^\.out\.ndjson\.\d+-[0-9a-f]{8}\.tmp$/)
    expect((await stat(temp.path(temporary))).size).toBeGreaterThan(1024 * 1024)
    expect(await readFile(temp.path('out.ndjson'), 'utf8')).toBe('{"_id":"old","_type":"article"}\n')
    expect(await readdir(temp.path('images'))).toEqual(['old-1x1.png'])

    await writer.commit()
    const lines = (await readFile(temp.path('out.ndjson'), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(1500)
    expect(JSON.parse(lines[0]!)).toMatchObject({ _id: 'article-0000' })
    expect(await readdir(temp.path('images'))).toEqual(['abc-1x1.png', 'old-1x1.png'])
    expect(await folder()).toEqual(['images', 'out.ndjson', 'picture.png'])
  })

  it('refuses to replace a dataset with an empty one, and leaves it and its images untouched', async () => {
    await previousDataset()
    const writer = await DatasetWriter.open(temp.path('out.ndjson'))
    await writer.addImage({ ...PICTURE, path: await temp.write('picture.png', TINY_PNG) })
    await expect(writer.commit()).rejects.toThrow(EmptyDatasetError)
    await expect(writeDataset(temp.path('out.ndjson'), [], [])).rejects.toThrow(
      /no documents to write, so .*out\.ndjson was left as it was/,
    )
    expect(await readFile(temp.path('out.ndjson'), 'utf8')).toBe('{"_id":"old","_type":"article"}\n')
    expect(await readdir(temp.path('images'))).toEqual(['old-1x1.png'])
    expect(await folder()).toEqual(['images', 'out.ndjson', 'picture.png'])
  })

  it('leaves the dataset untouched when the run fails part-way', async () => {
    await previousDataset()
    const documents = [{ _id: 'a', _type: 'article' }]
    await expect(
      writeDataset(temp.path('out.ndjson'), documents, [{ ...PICTURE, path: temp.path('vanished.png') }]),
    ).rejects.toThrow(/ENOENT/)
    const writer = await DatasetWriter.open(temp.path('out.ndjson'))
    await writer.write(documents[0]!)
    await expect(writer.write(documents[0]!)).rejects.toThrow(/document a was written twice/)
    await writer.abort()
    expect(await readFile(temp.path('out.ndjson'), 'utf8')).toBe('{"_id":"old","_type":"article"}\n')
    expect(await folder()).toEqual(['images', 'out.ndjson'])
  })

  it('writes the same bytes for the same documents, whatever order they came in', async () => {
    const documents = [
      { _id: 'topic-b', _type: 'topic' },
      { _id: 'article-a', _type: 'article', title: 'Café & tea' },
      { _id: 'faq-a-1', _type: 'faq' },
    ]
    await writeDataset(temp.path('one/out.ndjson'), documents, [])
    await writeDataset(temp.path('two/out.ndjson'), [...documents].reverse(), [])
    const one = await readFile(temp.path('one/out.ndjson'))
    expect(one.equals(await readFile(temp.path('two/out.ndjson')))).toBe(true)
    expect(one.toString()).toBe(
      '{"_id":"article-a","_type":"article","title":"Café & tea"}\n{"_id":"faq-a-1","_type":"faq"}\n{"_id":"topic-b","_type":"topic"}\n',
    )
  })
})

describe('the import command writing --out', () => {
  const temp = useTempDir()
  const EXPORT = fixturePath('importer', 'clinic-export.wxr.xml')
  const run = (argv: string[]) => runImportCli(argv, { log: () => undefined, error: () => undefined })

  it('writes byte-identical output on every run, and a run that imports nothing leaves the output as it was', async () => {
    expect(await run([EXPORT, '--out', temp.path('one/data.ndjson')])).toBe(0)
    expect(await run([EXPORT, '--out', temp.path('two/data.ndjson')])).toBe(0)
    const first = await readFile(temp.path('one/data.ndjson'))
    expect(first.length).toBeGreaterThan(10_000)
    expect(first.equals(await readFile(temp.path('two/data.ndjson')))).toBe(true)

    await temp.write(
      'empty.xml',
      '<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title></channel></rss>',
    )
    expect(await run([temp.path('empty.xml'), '--out', temp.path('one/data.ndjson')])).not.toBe(0)
    expect(await run([temp.path('no-such-file.xml'), '--out', temp.path('one/data.ndjson')])).not.toBe(0)
    expect((await readFile(temp.path('one/data.ndjson'))).equals(first)).toBe(true)
    expect((await readdir(temp.path('one'))).sort()).toEqual(['data.ndjson'])
  })
})
