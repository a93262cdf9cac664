import { importPaths } from '@/lib/importer/runImport'
import { runImportCli } from '@/lib/importer/cli'
import type { DocumentLike } from '@/lib/dataset/ndjson'

const FIXTURES = 'tests/fixtures/importer'
const POLYLANG = `${FIXTURES}/polylang-export.wxr.xml`
const WPML = `${FIXTURES}/wpml-export.wxr.xml`
const CLINIC = `${FIXTURES}/clinic-export.wxr.xml`

type Doc = DocumentLike & Record<string, unknown>
const byId = (documents: DocumentLike[]) => new Map(documents.map((document) => [document._id, document as Doc]))
const link = (language: string, ref: string) => ({
  _key: language,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: { _type: 'reference', _ref: ref, _weak: true },
})

describe('a WXR translated with Polylang', () => {
  const run = () => importPaths([POLYLANG], { siteUrl: 'https://new.example' })

  it('gives each post the language of its Polylang term, with ids that do not collide when slugs are equal', async () => {
    const result = await run()
    expect(result.errors).toEqual([])
    const documents = byId([...result.documents, ...result.shared])
    // Both posts asked for "sleep-and-mood": slugs are unique per language, so both keep it.
    expect(documents.get('article-sleep-and-mood')).toMatchObject({
      language: 'en',
      slug: { current: 'sleep-and-mood' },
    })
    expect(documents.get('es-article-sleep-and-mood')).toMatchObject({
      language: 'es',
      slug: { current: 'sleep-and-mood' },
      topics: [{ _ref: 'es-topic-sueno' }],
    })
    expect(documents.get('es-takeaway-sleep-and-mood-1')).toMatchObject({
      language: 'es',
      text: 'El sueño estabiliza el ánimo.',
    })
    expect(documents.get('es-faq-sleep-and-mood-1')).toMatchObject({ language: 'es', question: '¿Cuánto debo dormir?' })
    expect(documents.get('es-topic-sueno')).toMatchObject({ language: 'es', title: 'Sueño' })
    expect(documents.get('topic-sleep')).toMatchObject({ language: 'en' })
    // A post without item-level terms is placed by its group's serialized description.
    expect(documents.get('es-article-siestas')).toMatchObject({ language: 'es' })
    // People have no language.
    expect(documents.get('person-clinic-team')).not.toHaveProperty('language')
    for (const document of documents.values()) expect(document._id).not.toMatch(/\./)
  })

  it('links the translations of each group with a translation.metadata document', async () => {
    const documents = byId((await run()).documents)
    expect(documents.get('translation-metadata-article-sleep-and-mood')).toEqual({
      _id: 'translation-metadata-article-sleep-and-mood',
      _type: 'translation.metadata',
      schemaTypes: ['article'],
      translations: [link('en', 'article-sleep-and-mood'), link('es', 'es-article-sleep-and-mood')],
    })
    expect(documents.get('translation-metadata-article-naps')).toMatchObject({
      translations: [link('en', 'article-naps'), link('es', 'es-article-siestas')],
    })
  })

  it('reports a post in a language the blog does not publish and skips it', async () => {
    const result = await run()
    const french = result.files[0]?.posts.find((post) => post.postId === '103')
    expect(french).toMatchObject({
      outcome: 'skipped',
      reason: 'language "fr" is not one of the blog\'s languages (en, es)',
      warnings: ['language "fr" is not one of the blog\'s languages (en, es)'],
    })
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/item 3 .*"fr".*skipped/),
    )
    expect(result.documents.some((document) => /sommeil/.test(document._id))).toBe(false)
  })

  it('sends the old addresses of a Spanish post to /es/blog/<slug>, and its links to Spanish pages', async () => {
    const result = await run()
    const redirects = result.documents.filter((document) => document._type === 'redirect') as Doc[]
    expect(redirects.find((redirect) => redirect.from === '/?p=102')).toMatchObject({ to: '/es/blog/sleep-and-mood' })
    expect(redirects.find((redirect) => redirect.from === '/?p=101')).toMatchObject({ to: '/blog/sleep-and-mood' })
    expect(redirects.find((redirect) => redirect.from === '/category/sueno/')).toMatchObject({ to: '/es/topics/sueno' })
    expect(redirects.find((redirect) => redirect.from === '/category/sleep/')).toMatchObject({ to: '/topics/sleep' })
    const documents = byId(result.documents)
    expect(documents.get('es-article-sleep-and-mood')).toMatchObject({ legacyUrls: ['/es/sleep-and-mood/'] })
    // The Spanish post links to the Spanish post on naps; the reference names the Spanish article.
    expect(JSON.stringify(documents.get('es-article-sleep-and-mood'))).toContain('"_ref":"es-article-siestas"')
    expect(JSON.stringify(documents.get('article-sleep-and-mood'))).toContain('"_ref":"article-naps"')
  })

  it('is byte-identical from run to run', async () => {
    expect(JSON.stringify((await run()).documents)).toBe(JSON.stringify((await run()).documents))
  })
})

describe('a WXR translated with WPML', () => {
  it('reads the language and group from the WPML Export and Import post meta', async () => {
    const result = await importPaths([WPML])
    expect(result.errors).toEqual([])
    const documents = byId([...result.documents, ...result.shared])
    expect(documents.get('article-breathing-for-anxiety')).toMatchObject({ language: 'en' })
    expect(documents.get('es-article-respirar-para-la-ansiedad')).toMatchObject({
      language: 'es',
      topics: [{ _ref: 'es-topic-ansiedad' }],
    })
    expect(documents.get('es-takeaway-respirar-para-la-ansiedad-1')).toMatchObject({ text: 'respirar despacio calma.' })
    expect(documents.get('translation-metadata-article-breathing-for-anxiety')).toMatchObject({
      translations: [link('en', 'article-breathing-for-anxiety'), link('es', 'es-article-respirar-para-la-ansiedad')],
    })
    const portuguese = result.files[0]?.posts.find((post) => post.postId === '203')
    expect(portuguese).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('"pt-br"') })
  })

  it('lets the export say the language over --language', async () => {
    const result = await importPaths([WPML], { language: 'es' })
    expect(byId(result.documents).get('article-breathing-for-anxiety')).toMatchObject({ language: 'en' })
  })
})

describe('--language', () => {
  it('imports an export with no language data in the language given', async () => {
    const result = await importPaths([CLINIC], { language: 'es' })
    expect(result.errors).toEqual([])
    const translated = [...result.documents, ...result.shared].filter((document) =>
      ['article', 'takeaway', 'faq', 'topic'].includes(document._type),
    ) as Doc[]
    expect(translated.length).toBeGreaterThan(0)
    for (const document of translated) {
      expect(document.language).toBe('es')
      expect(document._id).toMatch(/^(drafts\.)?es-(article|takeaway|faq|topic)-/)
    }
    for (const document of result.shared.filter((shared) => shared._type === 'person'))
      expect(document).not.toHaveProperty('language')
    const redirects = result.documents.filter((document) => document._type === 'redirect') as Doc[]
    expect(redirects.length).toBeGreaterThan(0)
    for (const redirect of redirects) {
      expect(redirect).not.toHaveProperty('language')
      expect(redirect.to).toMatch(/^(\/es\/blog\/|\/es\/topics\/|\/authors\/|\/feed)/)
    }
    expect(redirects.some((redirect) => String(redirect.to).startsWith('/es/blog/'))).toBe(true)
  })

  it('is refused, naming the value, when it is not a language of the blog', async () => {
    const errors: string[] = []
    const code = await runImportCli([CLINIC, '--dry-run', '--language', 'fr'], {
      log: () => undefined,
      error: (line) => errors.push(line),
    })
    expect(code).toBe(2)
    expect(errors.join('\n')).toMatch(/--language "fr" is not a language of the blog; use en or es/)
  })
})
