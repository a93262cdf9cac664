import { headAlternates, reciprocityProblems, type Alternates } from './hreflang'

const languageOf = (url: string) => (new URL(url).pathname.startsWith('/es') ? 'es' : 'en')
const EN = 'https://clinic.example/blog/a'
const ES = 'https://clinic.example/es/blog/b'
const pair = (en: string, es: string): Alternates =>
  new Map([
    ['en', en],
    ['es', es],
    ['x-default', en],
  ])

describe('hreflang reciprocity', () => {
  it('accepts two pages that name each other', () => {
    const pages = new Map([
      [EN, pair(EN, ES)],
      [ES, pair(EN, ES)],
    ])
    expect(reciprocityProblems(pages, languageOf)).toEqual([])
  })

  it('reports a version that does not name the page back', () => {
    const pages = new Map<string, Alternates>([
      [EN, pair(EN, ES)],
      [ES, new Map()],
    ])
    expect(reciprocityProblems(pages, languageOf)).toEqual([`${ES} does not name ${EN} back as hreflang="en"`])
  })

  it('reports a version that is not a page of the site, and a wrong language', () => {
    const missing = 'https://clinic.example/es/blog/gone'
    const pages = new Map([[EN, pair(EN, missing)]])
    expect(reciprocityProblems(pages, languageOf)).toEqual([
      `${EN}: hreflang="es" names ${missing}, which is not a page of the site`,
    ])
    const wrong = new Map([
      [EN, pair(EN, 'https://clinic.example/blog/c')],
      ['https://clinic.example/blog/c', pair(EN, 'https://clinic.example/blog/c')],
    ])
    expect(reciprocityProblems(wrong, languageOf)).toContain(
      `${EN}: hreflang="es" names https://clinic.example/blog/c, a page in en`,
    )
  })

  it('reads the alternates of a page head', () => {
    const html = `<html><head><link rel="alternate" hrefLang="es" href="${ES}"><link rel="alternate" type="application/rss+xml" href="x"></head><body><a rel="alternate" hreflang="en" href="${EN}">en</a></body></html>`
    expect([...headAlternates(html)]).toEqual([['es', ES]])
  })
})
