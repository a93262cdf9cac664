import { readFile } from 'node:fs/promises'
import { buildBundledDataset } from '@/lib/importer/buildBundledDataset'
import { importPaths } from '@/lib/importer/runImport'
import { isConclusionHeading, isFaqHeading, isKeyTakeaway, isTableOfContents } from '@/lib/importer/markers'
import {
  bundledImagePath,
  bundledSourcePath,
  readDatasetDocuments,
  readDatasetText,
} from '@/lib/dataset/bundledDataset'
import { toNdjson } from '@/lib/dataset/ndjson'
import { splitSentences } from '@/lib/importer/sentences'
import { documentText } from '../../support/documentText'
import { EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'

const POST = bundledSourcePath('articles', `${EXAMPLE_ARTICLE_SLUG}.txt`)

const bundled = async (): Promise<unknown[]> => readDatasetDocuments()

describe('the bundled dataset', () => {
  it('is exactly what `npm run dataset` generates from its sources', async () => {
    const { documents } = await buildBundledDataset(bundledSourcePath())
    expect(toNdjson(documents)).toBe(readDatasetText())
  })

  it('holds the article, takeaway and FAQ documents that importing the example text produces', async () => {
    const result = await importPaths([POST])
    expect(result.errors).toEqual([])
    const inDataset = await bundled()
    for (const document of result.documents) expect(inDataset).toContainEqual(document)
    expect(result.summary).toMatchObject({ articles: 1, sections: 5, takeaways: 5, faqs: 5, images: 1, errors: 0 })
  })

  it('has every image it references in images/', async () => {
    const text = readDatasetText()
    const files = [...text.matchAll(/image@file:\/\/\.\/images\/([^"]+)/g)].map((match) => match[1] as string)
    // The example article's picture, referenced by it and by its Spanish translation: one file.
    expect([...new Set(files)]).toEqual([expect.stringMatching(/^[0-9a-f]{40}-1200x675\.png$/)])
    expect(files).toHaveLength(2)
    for (const file of files) await expect(readFile(bundledImagePath(file))).resolves.toBeInstanceOf(Buffer)
  })

  it('keeps every sentence of the example text exactly once and adds none', async () => {
    const source = await readFile(POST, 'utf8')
    const structural = (line: string) =>
      isTableOfContents(line) || isKeyTakeaway(line) || isFaqHeading(line) || isConclusionHeading(line)
    const expected = source
      .split('\n')
      .map((line) => line.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''))
      .filter((line) => line && !structural(line))
      .flatMap(splitSentences)
    const [imported] = (await importPaths([POST])).articles
    if (!imported) throw new Error('nothing imported')
    const actual = documentText(imported).flatMap(splitSentences)
    expect([...actual].sort()).toEqual([...expected].sort())
    expect(new Set(actual).size).toBe(actual.length)
    expect(actual.join(' ')).not.toMatch(/\u00a0/)
  })

  it('sets the site settings without an invented address or phone number', async () => {
    const settings = (await bundled()).find((document) => (document as { _id: string })._id === 'siteSettings')
    // site-settings.json holds one settings document per language (an array) since the Spanish edition; a single object before.
    const json = JSON.parse(await readFile(bundledSourcePath('site-settings.json'), 'utf8')) as
      { _id: string; clinicName: string } | Array<{ _id: string; clinicName: string }>
    const source = (Array.isArray(json) ? json : [json]).find((document) => document._id === 'siteSettings')
    if (!source) throw new Error('site-settings.json has no siteSettings document')
    expect(settings).toMatchObject({ clinicName: source.clinicName })
    expect(settings).not.toHaveProperty('address')
    expect(settings).not.toHaveProperty('phone')
    expect(JSON.stringify(settings)).toMatch(/not a substitute for professional medical advice/)
    expect(JSON.stringify(settings)).toMatch(/988.*1-833-852-6262.*911/)
  })
})
