import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isConclusionHeading,
  isFaqHeading,
  isKeyTakeaway,
  isTableOfContents,
  keyTakeawayText,
} from '@/lib/importer/markers'
import { importPaths } from '@/lib/importer/runImport'

describe('Spanish structural markers', () => {
  it.each(['Tabla de contenido:', 'Tabla de contenidos:', 'tabla de contenido', 'TABLA DE CONTENIDOS'])(
    'recognises "%s" as a table of contents',
    (line) => expect(isTableOfContents(line)).toBe(true),
  )

  it.each(['Puntos clave:', 'Punto clave:', 'Conclusiones clave:', 'Conclusión clave:', 'PUNTOS CLAVE'])(
    'recognises "%s" as a key takeaway callout',
    (line) => {
      expect(isKeyTakeaway(line)).toBe(true)
      expect(keyTakeawayText(line)).toBeUndefined()
    },
  )

  it('reads the inline one-line form', () => {
    expect(keyTakeawayText('Puntos clave: la ketamina actúa en horas.')).toBe('la ketamina actúa en horas.')
    expect(keyTakeawayText('Conclusiones clave:  dormir ayuda.')).toBe('dormir ayuda.')
  })

  it.each([
    'Preguntas frecuentes',
    'Preguntas frecuentes sobre la ketamina',
    'Preguntas Frecuentes (FAQ)',
    'Preguntas más frecuentes',
  ])('recognises "%s" as the FAQ heading', (line) => expect(isFaqHeading(line)).toBe(true))

  it.each(['Conclusión', 'En conclusión', 'CONCLUSIÓN', 'Conclusion', 'En conclusión: lo que hay que saber'])(
    'recognises "%s" as the conclusion',
    (line) => expect(isConclusionHeading(line)).toBe(true),
  )

  it('does not take ordinary Spanish lines for markers', () => {
    expect(isFaqHeading('Preguntas frecuentemente ignoradas')).toBe(false)
    expect(isConclusionHeading('Conclusiones clave:')).toBe(false)
    expect(isKeyTakeaway('Puntos clave de la terapia en casa')).toBe(false)
    expect(isTableOfContents('Tabla de contenidos nutricionales')).toBe(false)
  })
})

const SPANISH_POST = `La ketamina y la depresión posparto
Esta introducción explica lo que sigue. Es una traducción de muestra.
Tabla de contenido:
Qué es la depresión posparto
La depresión posparto afecta a muchas madres. Es tratable.
Puntos clave:
La depresión posparto es común y tratable.
Cómo ayuda la ketamina
La ketamina actúa en pocas horas. Requiere supervisión médica.
Puntos clave: la ketamina actúa rápido, bajo supervisión.
Preguntas frecuentes sobre la ketamina
¿Es segura la ketamina durante la lactancia?
Consulte a su médico antes de empezar.
¿Cuánto dura una sesión?
Unos cuarenta minutos.
En conclusión
Pida ayuda pronto. Gracias por leer.
`

describe('a Spanish plain-text post', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'spanish-post-'))
    await writeFile(join(folder, 'ketamina-depresion-posparto.txt'), SPANISH_POST)
    await writeFile(
      join(folder, 'ketamina-depresion-posparto.meta.json'),
      JSON.stringify({ publishedAt: '2024-01-15T09:00:00Z', author: 'editorial-team', topics: ['salud-mental'] }),
    )
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('finds its sections, takeaways (both forms), FAQs and conclusion', async () => {
    const result = await importPaths([folder], { language: 'es' })
    expect(result.errors).toEqual([])
    const [post] = result.articles
    if (!post) throw new Error('nothing imported')
    expect(post.article.sections.map((section) => section.heading)).toEqual([
      'Qué es la depresión posparto',
      'Cómo ayuda la ketamina',
    ])
    expect(post.takeaways.map((takeaway) => takeaway.text)).toEqual([
      'La depresión posparto es común y tratable.',
      'la ketamina actúa rápido, bajo supervisión.',
    ])
    expect(post.faqs.map((faq) => faq.question)).toEqual([
      '¿Es segura la ketamina durante la lactancia?',
      '¿Cuánto dura una sesión?',
    ])
    expect(post.article.faqTitle).toBe('Preguntas frecuentes sobre la ketamina')
    expect(JSON.stringify(post.article.conclusion)).toMatch(/Pida ayuda pronto/)
    expect(JSON.stringify(post.article)).not.toMatch(/Tabla de contenido/)
  })

  it('labels every document Spanish, with ids that an English post of the same slug never has', async () => {
    const spanish = await importPaths([folder], { language: 'es' })
    const english = await importPaths([folder])
    const spanishIds = spanish.documents.map((document) => document._id)
    expect(spanishIds).toEqual([
      'es-article-ketamina-depresion-posparto',
      'es-takeaway-ketamina-depresion-posparto-1',
      'es-takeaway-ketamina-depresion-posparto-2',
      'es-faq-ketamina-depresion-posparto-1',
      'es-faq-ketamina-depresion-posparto-2',
    ])
    for (const document of spanish.documents) expect(document).toMatchObject({ language: 'es' })
    for (const document of english.documents) expect(document).toMatchObject({ language: 'en' })
    const englishIds = new Set(english.documents.map((document) => document._id))
    expect(spanishIds.filter((id) => englishIds.has(id))).toEqual([])
    for (const id of spanishIds) expect(id).not.toMatch(/\./)
    // A sidecar names existing topics by slug, whatever the language (Spanish topics have their own slugs).
    expect(spanish.articles[0]?.article.topics?.map((topic) => topic._ref)).toEqual(['topic-salud-mental'])
  })

  it('takes the language from the sidecar over --language, and refuses one the blog does not publish', async () => {
    const other = await mkdtemp(join(tmpdir(), 'spanish-sidecar-'))
    try {
      await writeFile(join(other, 'post.txt'), SPANISH_POST)
      await writeFile(join(other, 'post.meta.json'), JSON.stringify({ language: 'es' }))
      expect((await importPaths([other])).articles[0]?.article).toMatchObject({
        _id: 'es-article-post',
        language: 'es',
      })
      await writeFile(join(other, 'post.meta.json'), JSON.stringify({ language: 'fr' }))
      const refused = await importPaths([other])
      expect(refused.articles).toEqual([])
      expect(refused.errors.map((error) => error.message).join('\n')).toMatch(/post\.meta\.json.*language/)
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })
})
