import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBundledDataset } from '@/lib/importer/buildBundledDataset'
import { toNdjson } from '@/lib/dataset/ndjson'

// A small source folder in the bundled format (sanity/dataset/source/), built per test: the real
// Spanish content is written by hand elsewhere and may not exist yet.
const ENGLISH = `Sleep and mood
Sleep shapes mood. This introduction says how.
Why sleep matters
Sleep restores the brain. It steadies mood.
Key Takeaway:
Sleep steadies mood.
FAQs about sleep
How long should I sleep?
Seven to nine hours.
Conclusion
Sleep well. Thanks for reading.
`
const SPANISH = `El sueño y el estado de ánimo
El sueño moldea el ánimo. Traducción de muestra.
Tabla de contenido:
Por qué importa el sueño
El sueño repara el cerebro. Estabiliza el ánimo.
Puntos clave:
El sueño estabiliza el ánimo.
Preguntas frecuentes sobre el sueño
¿Cuánto debo dormir?
Entre siete y nueve horas.
Conclusión
Duerma bien. Gracias por leer.
`

const topics = [
  { _id: 'topic-sleep', _type: 'topic', language: 'en', title: 'Sleep', slug: { _type: 'slug', current: 'sleep' } },
  { _id: 'topic-sueno', _type: 'topic', language: 'es', title: 'Sueño', slug: { _type: 'slug', current: 'sueno' } },
]
const topicTranslation = {
  _id: 'translation-metadata-topic-sleep',
  _type: 'translation.metadata',
  schemaTypes: ['topic'],
  translations: [
    {
      _key: 'en',
      _type: 'internationalizedArrayReferenceValue',
      language: 'en',
      value: { _type: 'reference', _ref: 'topic-sleep', _weak: true },
    },
    {
      _key: 'es',
      _type: 'internationalizedArrayReferenceValue',
      language: 'es',
      value: { _type: 'reference', _ref: 'topic-sueno', _weak: true },
    },
  ],
}

interface Source {
  spanishMeta?: Record<string, unknown>
  translations?: unknown
}

async function writeSource(folder: string, source: Source = {}): Promise<void> {
  await mkdir(join(folder, 'articles', 'es'), { recursive: true })
  const json = (file: string, value: unknown) => writeFile(join(folder, file), JSON.stringify(value, null, 2))
  await json('site-settings.json', [
    { _id: 'siteSettings', _type: 'siteSettings', clinicName: 'Clinic', languages: ['en', 'es'] },
    { _id: 'siteSettings-es', _type: 'siteSettings', language: 'es', clinicName: 'Clínica' },
  ])
  await json('people.json', [
    { _id: 'person-editorial-team', _type: 'person', name: 'Editorial team', slug: { current: 'editorial-team' } },
  ])
  await json('topics.json', topics)
  if (source.translations !== undefined) await json('translations.json', source.translations)
  await writeFile(join(folder, 'articles', 'sleep-and-mood.txt'), ENGLISH)
  await json('articles/sleep-and-mood.meta.json', {
    publishedAt: '2024-01-15T09:00:00Z',
    author: 'editorial-team',
    topics: ['sleep'],
  })
  await writeFile(join(folder, 'articles', 'es', 'sueno-y-animo.txt'), SPANISH)
  await json(
    'articles/es/sueno-y-animo.meta.json',
    source.spanishMeta ?? {
      publishedAt: '2024-01-20T09:00:00Z',
      author: 'editorial-team',
      topics: ['sueno'],
      language: 'es',
      translationOf: 'sleep-and-mood',
    },
  )
}

describe('the bundled dataset builder with translations', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bundled-source-'))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('imports articles/es/ as Spanish, links it to its original, and reads translations.json and the settings array', async () => {
    await writeSource(folder, { translations: [topicTranslation] })
    const { documents } = await buildBundledDataset(folder)
    const byId = new Map(documents.map((document) => [document._id, document as unknown as Record<string, unknown>]))
    expect(byId.get('es-article-sueno-y-animo')).toMatchObject({
      language: 'es',
      slug: { current: 'sueno-y-animo' },
      topics: [{ _ref: 'topic-sueno' }],
    })
    expect(byId.get('es-takeaway-sueno-y-animo-1')).toMatchObject({
      language: 'es',
      text: 'El sueño estabiliza el ánimo.',
    })
    expect(byId.get('es-faq-sueno-y-animo-1')).toMatchObject({ language: 'es', question: '¿Cuánto debo dormir?' })
    expect(byId.get('article-sleep-and-mood')).toMatchObject({ language: 'en' })
    expect(byId.get('translation-metadata-article-sleep-and-mood')).toEqual({
      _id: 'translation-metadata-article-sleep-and-mood',
      _type: 'translation.metadata',
      schemaTypes: ['article'],
      translations: [
        {
          _key: 'en',
          _type: 'internationalizedArrayReferenceValue',
          language: 'en',
          value: { _type: 'reference', _ref: 'article-sleep-and-mood', _weak: true },
        },
        {
          _key: 'es',
          _type: 'internationalizedArrayReferenceValue',
          language: 'es',
          value: { _type: 'reference', _ref: 'es-article-sueno-y-animo', _weak: true },
        },
      ],
    })
    expect(byId.get('translation-metadata-topic-sleep')).toEqual(topicTranslation)
    expect(byId.get('siteSettings-es')).toMatchObject({ language: 'es', clinicName: 'Clínica' })
    expect(byId.get('siteSettings')).toMatchObject({ languages: ['en', 'es'] })
  })

  it('gives the same bytes from run to run', async () => {
    await writeSource(folder, { translations: [topicTranslation] })
    const first = toNdjson((await buildBundledDataset(folder)).documents)
    const copy = await mkdtemp(join(tmpdir(), 'bundled-source-copy-'))
    try {
      await cp(folder, copy, { recursive: true })
      expect(toNdjson((await buildBundledDataset(copy)).documents)).toBe(first)
      expect(toNdjson((await buildBundledDataset(folder)).documents)).toBe(first)
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })

  it('works without translations.json (it is optional)', async () => {
    await writeSource(folder)
    const { documents } = await buildBundledDataset(folder)
    // The article's, and its takeaway's and FAQ's (the translation keeps the original's structure).
    expect(documents.filter((document) => document._type === 'translation.metadata').map((d) => d._id)).toEqual([
      'translation-metadata-article-sleep-and-mood',
      'translation-metadata-faq-faq-sleep-and-mood-1',
      'translation-metadata-takeaway-takeaway-sleep-and-mood-1',
    ])
  })

  it('fails when translationOf names no English article', async () => {
    await writeSource(folder, {
      spanishMeta: { author: 'editorial-team', topics: ['sueno'], language: 'es', translationOf: 'no-such-article' },
    })
    await expect(buildBundledDataset(folder)).rejects.toThrow(
      'articles/es/sueno-y-animo: translationOf "no-such-article" names no en article',
    )
  })

  it('fails when a post in articles/es/ does not say it is Spanish or what it translates', async () => {
    await writeSource(folder, { spanishMeta: { author: 'editorial-team', topics: ['sueno'] } })
    const build = buildBundledDataset(folder)
    await expect(build).rejects.toThrow(/articles\/es\/sueno-y-animo\.txt: its sidecar .* must say "language": "es"/)
    await expect(build).rejects.toThrow(/must name the en article it translates \("translationOf"\)/)
  })

  it('fails when a Spanish article is filed under an English topic', async () => {
    await writeSource(folder, {
      spanishMeta: { author: 'editorial-team', topics: ['sleep'], language: 'es', translationOf: 'sleep-and-mood' },
    })
    await expect(buildBundledDataset(folder)).rejects.toThrow(
      'es-article-sueno-y-animo (es) is filed under topic-sleep, a topic in en',
    )
  })

  it('fails on a translations.json entry that is malformed or points at a document in another language', async () => {
    await writeSource(folder, {
      translations: [{ ...topicTranslation, translations: topicTranslation.translations.slice(0, 1) }],
    })
    await expect(buildBundledDataset(folder)).rejects.toThrow(/translations\.json: .*at least two languages/s)

    const swapped = {
      ...topicTranslation,
      translations: topicTranslation.translations.map((entry, index) => ({
        ...entry,
        value: { ...entry.value, _ref: index === 0 ? 'topic-sueno' : 'topic-sleep' },
      })),
    }
    await writeSource(folder, { translations: [swapped] })
    await expect(buildBundledDataset(folder)).rejects.toThrow(
      'translation-metadata-topic-sleep: its en entry points at topic-sueno, a topic in es',
    )
  })
})
