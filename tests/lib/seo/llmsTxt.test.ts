import { GET as englishLlmsTxt } from '@/app/llms.txt/route'
import { GET as spanishLlmsTxt } from '@/app/es/llms.txt/route'
import { LANGUAGES, type Language } from '@/lib/i18n/languages'
import { pathsFor } from '@/lib/navigation/paths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { bundledDocuments, type Doc } from '../../support/bundledDocuments'
import { textBlock } from '../../support/contentBlocks'
import { bundledWith, resetDocuments, setDocuments } from '../../support/mockDataset'
import { testOnlyArticle } from '../../support/testOnlyArticle'

jest.mock('../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const ROUTES: Record<Language, () => Promise<Response>> = { en: englishLlmsTxt, es: spanishLlmsTxt }

async function read(language: Language) {
  const response = await ROUTES[language]()
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

const languageOf = (doc: Doc): Language => (doc.language === 'es' ? 'es' : 'en')
const slugOf = (doc: Doc) => (doc.slug as { current?: string } | undefined)?.current

/** The bundled dataset's listed articles of one language, newest first, as llms.txt must list them. */
function listedArticles(language: Language): { title: string; url: string }[] {
  const people = new Map(bundledDocuments().map((doc) => [doc._id, doc as Doc]))
  return bundledDocuments()
    .map((doc) => doc as Doc)
    .filter((doc) => doc._type === 'article' && languageOf(doc) === language)
    .filter((doc) => slugOf(doc) && doc.publishedAt && doc.title)
    .filter((doc) => {
      const author = people.get((doc.author as { _ref?: string } | undefined)?._ref ?? '')
      return Boolean(author?.name && slugOf(author))
    })
    .filter((doc) => (doc.seo as { noindex?: boolean } | undefined)?.noindex !== true)
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || a._id.localeCompare(b._id))
    .map((doc) => ({ title: String(doc.title), url: absoluteUrl(pathsFor(language).article(slugOf(doc)!)) }))
}

/** The Markdown links of one H2 section, in order. */
function sectionLinks(text: string, index: number): { name: string; url: string; notes?: string }[] {
  const section = text.split(/^## .*$/m)[index + 1] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const match = /^- \[((?:[^\]\\]|\\.)+)\]\((\S+)\)(?:: (.+))?$/.exec(line)
      if (!match) throw new Error(`not an llms.txt link item: ${line}`)
      return { name: match[1]!.replace(/\\(.)/g, '$1'), url: match[2]!, notes: match[3] }
    })
}

describe.each(LANGUAGES)('the llms.txt in %s', (language) => {
  it('follows the llms.txt format: an H1, a one-line blockquote, then H2 sections of link lists', async () => {
    const { status, type, text } = await read(language)
    expect(status).toBe(200)
    expect(type).toBe('text/plain; charset=utf-8')
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^# \S/)
    expect(lines[1]).toBe('')
    expect(lines[2]).toMatch(/^> \S.+$/)
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1)
    expect(lines.filter((line) => line.startsWith('> '))).toHaveLength(1)
    // After the summary, only H2 headings, link items (plus a "no articles" sentence) and blank lines.
    const headings = lines.filter((line) => line.startsWith('## '))
    expect(headings).toEqual(
      language === 'es'
        ? ['## Clínica', '## Política editorial', '## Artículos']
        : ['## Clinic', '## Editorial policy', '## Articles'],
    )
    for (const index of headings.keys()) expect(sectionLinks(text, index).length).toBeGreaterThan(0)
    for (const line of lines.slice(3)) expect(line).toMatch(/^(|## .+|- \[.+\]\(https?:\/\/\S+\)(: .+)?)$/)
    expect(text.endsWith('\n')).toBe(true)
  })

  it('lists every listed article of the language, newest first, at its absolute address, each with a summary', async () => {
    const { text } = await read(language)
    const expected = listedArticles(language)
    expect(expected.length).toBeGreaterThan(0)
    const listed = sectionLinks(text, 2)
    expect(listed.map(({ name, url }) => ({ title: name, url }))).toEqual(expected)
    for (const { notes } of listed) expect(notes?.trim()).toBeTruthy()
  })

  it("links the language's own pages: home, authors and editorial policy, with a summary of the policy", async () => {
    const { text } = await read(language)
    const paths = pathsFor(language)
    expect(sectionLinks(text, 0).map(({ url }) => url)).toEqual([absoluteUrl(paths.home), absoluteUrl(paths.authors)])
    const [policy] = sectionLinks(text, 1)
    expect(policy?.url).toBe(absoluteUrl(paths.editorialPolicy))
    expect(policy?.notes).toMatch(language === 'es' ? /revisión médica/ : /medically reviewed/)
  })
})

it('lists no article of another language', async () => {
  const english = (await read('en')).text
  const spanish = (await read('es')).text
  for (const { url } of listedArticles('es')) expect(english).not.toContain(url)
  for (const { url } of listedArticles('en')) expect(spanish).not.toContain(`(${url})`)
  expect(spanish).not.toMatch(/\]\(https?:\/\/[^/]+\/blog\//)
  expect(english).not.toContain('/es/')
})

it('sits where crawlerPaths says', () => {
  expect(crawlerPaths.llmsTxt('en')).toBe('/llms.txt')
  expect(crawlerPaths.llmsTxt('es')).toBe('/es/llms.txt')
})

it("names the clinic's contact details and booking page from the settings", async () => {
  const settings = bundledDocuments().find((doc) => doc._id === 'siteSettings')!
  setDocuments(
    bundledWith({
      ...settings,
      address: { streetAddress: '1 Ocean Dr', addressLocality: 'Miami', addressRegion: 'FL', postalCode: '33139' },
      phone: '+1 305 555 0100',
      email: 'hello@example.com',
      bookingUrl: 'https://example.com/book',
    }),
  )
  const [home, booking] = sectionLinks((await read('en')).text, 0)
  expect(home?.notes).toBe('Address: 1 Ocean Dr, Miami, FL 33139. Phone: +1 305 555 0100. Email: hello@example.com.')
  expect(booking).toEqual({ name: 'Book a consultation', url: 'https://example.com/book', notes: undefined })
  const [spanishHome] = sectionLinks((await read('es')).text, 0)
  expect(spanishHome?.notes).toBe(
    'Dirección: 1 Ocean Dr, Miami, FL 33139. Teléfono: +1 305 555 0100. Correo electrónico: hello@example.com.',
  )
})

it('summarises an article by its excerpt, else its meta description, else its intro; one line each', async () => {
  setDocuments(
    bundledWith(
      testOnlyArticle('llms-excerpt', {
        title: 'An [odd]\ntitle',
        excerpt: 'The excerpt,\non two lines.',
        seo: { metaDescription: 'Not this one.' },
      }),
      { ...testOnlyArticle('llms-meta', { title: 'Meta', excerpt: '' }), seo: { metaDescription: 'The meta text.' } },
      testOnlyArticle('llms-intro', {
        title: 'Intro',
        excerpt: '',
        intro: [textBlock('i', `The intro. ${'Long text goes on. '.repeat(20)}`)],
      }),
    ),
  )
  const listed = sectionLinks((await read('en')).text, 2)
  const bySlug = (slug: string) => listed.find(({ url }) => url === absoluteUrl(pathsFor('en').article(slug)))
  expect(bySlug('llms-excerpt')).toMatchObject({ name: 'An [odd] title', notes: 'The excerpt, on two lines.' })
  expect(bySlug('llms-meta')?.notes).toBe('The meta text.')
  expect(bySlug('llms-intro')?.notes).toMatch(/^The intro\. Long text goes on\..*…$/)
  expect(bySlug('llms-intro')!.notes!.length).toBeLessThanOrEqual(160)
})

it('answers 404 at /es/llms.txt while the clinic does not publish Spanish', async () => {
  const settings = bundledDocuments().find((doc) => doc._id === 'siteSettings')!
  setDocuments(bundledWith({ ...settings, languages: ['en'] }))
  expect((await read('es')).status).toBe(404)
  expect((await read('en')).status).toBe(200)
})
