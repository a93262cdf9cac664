import { getArticle, type Article } from '@/lib/sanity/queries/article'
import { getSettings } from '@/lib/sanity/queries/settings'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { articleGraph } from '@/lib/seo/jsonLd/articleGraph'
import { withTranslations } from '@/lib/seo/pageMetadata'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { EXAMPLE_ARTICLE_SLUG, EXAMPLE_TRANSLATION_PATH, EXAMPLE_TRANSLATION_SLUG } from '@/tooling/exampleArticle'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

// The example article and its bundled Spanish translation: what each tells search engines of the other.

async function load(slug: string, language: 'en' | 'es'): Promise<Article> {
  const article = await getArticle(slug, language)
  if (!article) throw new Error(`no ${language} article ${slug}`)
  return article
}

const english = absoluteUrl(EXAMPLE_ARTICLE.path)
const spanish = absoluteUrl(EXAMPLE_TRANSLATION_PATH)
type Node = Record<string, unknown>
const posting = (graph: { '@graph': readonly unknown[] }) =>
  graph['@graph'].find((entry) => (entry as Node)['@type'] === 'BlogPosting') as Node | undefined

const versions = [
  { language: 'en' as const, path: EXAMPLE_ARTICLE.path },
  { language: 'es' as const, path: EXAMPLE_TRANSLATION_PATH },
]

describe('an article and its translation', () => {
  it('name each other in hreflang (with x-default, the English one) and in og:locale:alternate', async () => {
    const [settings, article] = await Promise.all([getSettings('es'), load(EXAMPLE_TRANSLATION_SLUG, 'es')])
    const metadata = withTranslations(articleMetadata(article, settings), 'es', versions)
    expect(metadata.alternates?.canonical).toBe(spanish)
    expect(metadata.alternates?.languages).toEqual({ en: english, es: spanish, 'x-default': english })
    expect(metadata.openGraph).toMatchObject({ locale: 'es_US', alternateLocale: ['en_US'] })
    const alone = withTranslations(articleMetadata(article, settings), 'es', versions.slice(1))
    expect(alone.alternates?.languages).toBeUndefined()
    expect(alone.openGraph).not.toHaveProperty('alternateLocale')
  })

  it('are linked in structured data: the original names its translation, the translation its original', async () => {
    const [enSettings, esSettings, original, translation] = await Promise.all([
      getSettings('en'),
      getSettings('es'),
      load(EXAMPLE_ARTICLE_SLUG, 'en'),
      load(EXAMPLE_TRANSLATION_SLUG, 'es'),
    ])
    const en = posting(articleGraph(original, enSettings, []))
    const es = posting(articleGraph(translation, esSettings, []))
    expect(en).toMatchObject({
      inLanguage: 'en',
      workTranslation: [expect.objectContaining({ url: spanish, inLanguage: 'es' })],
    })
    expect(es).toMatchObject({
      inLanguage: 'es',
      translationOfWork: expect.objectContaining({ url: english, inLanguage: 'en' }),
    })
    expect(es?.['@id']).toBe((en?.workTranslation as { '@id': string }[])[0]?.['@id'])
  })

  it('leave out a translation in a language the clinic does not publish', async () => {
    const [settings, original] = await Promise.all([getSettings('en'), load(EXAMPLE_ARTICLE_SLUG, 'en')])
    expect(posting(articleGraph(original, { ...settings, languages: ['en'] }, []))).not.toHaveProperty(
      'workTranslation',
    )
  })
})
