import { render, screen, within } from '@testing-library/react'
import SpanishSearchPage, { generateMetadata } from '@/app/(es)/es/search/page'
import SearchPage from '@/app/(site)/search/page'
import SpanishSiteLayout from '@/app/(es)/layout'
import { pathsFor } from '@/lib/navigation/paths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { searchArticles } from '@/lib/sanity/queries/search'
import { bundledDocuments, documentsOfType } from '../../../../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../../../../support/mockDataset'
import { outcomeOf, pageOf } from '../../../../support/pageOutcome'

jest.mock('../../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const spanishTitles = new Set(documentsOfType('article', 'es').map((a) => String(a.title)))
const englishTitles = new Set(documentsOfType('article', 'en').map((a) => String(a.title)))

const params = (q?: string) => Promise.resolve(q === undefined ? {} : { q })

async function searchInSpanish(q?: string) {
  return render(<main>{await pageOf(SpanishSearchPage({ searchParams: params(q) }))}</main>)
}

const resultTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '')

function withoutSpanish() {
  const settings = bundledDocuments().find((doc) => doc._id === 'siteSettings')!
  setDocuments(bundledWith({ ...settings, languages: ['en'] }))
}

describe('searchArticles per language', () => {
  it('returns only the articles of the language asked for', async () => {
    expect(spanishTitles.size).toBeGreaterThan(0)
    // "ketamin*" is in both languages' articles (ketamine, ketamina).
    const spanish = await searchArticles(['ketamin*'], 'es')
    const english = await searchArticles(['ketamin*'], 'en')
    expect(spanish.hits.length).toBeGreaterThan(0)
    expect(english.hits.length).toBeGreaterThan(0)
    for (const hit of spanish.hits) expect(spanishTitles.has(hit.title)).toBe(true)
    for (const hit of english.hits) expect(englishTitles.has(hit.title)).toBe(true)
    expect((await searchArticles(['ketamin*'])).hits).toEqual(english.hits)
  })
})

describe('the Spanish search page', () => {
  it('speaks Spanish and is kept out of search engine indexes, at /es/search', async () => {
    const metadata = await generateMetadata()
    expect(metadata.robots).toMatchObject({ index: false })
    expect(metadata.title).toBe('Buscar')
    expect(metadata.alternates?.canonical).toBe(absoluteUrl(pathsFor('es').search))
    await searchInSpanish()
    expect(screen.getByRole('heading', { level: 1, name: 'Buscar' })).toBeInTheDocument()
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('action', '/es/search')
    expect(within(form).getByRole('searchbox', { name: 'Buscar en los artículos' })).toHaveValue('')
    expect(screen.getByRole('navigation', { name: 'Ruta de navegación' })).toBeInTheDocument()
    expect(screen.getByText(/^Busque en los títulos/)).toBeInTheDocument()
  })

  it('finds Spanish articles only, linked at their /es addresses', async () => {
    const { container } = await searchInSpanish('ketamina')
    const titles = resultTitles()
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles) expect(spanishTitles.has(title)).toBe(true)
    const links = Array.from(container.querySelectorAll('h3 a'), (link) => link.getAttribute('href'))
    for (const href of links) expect(href).toMatch(/^\/es\/blog\/[a-z0-9-]+/)
  })

  it('finds no Spanish article from the English page, and no English one from the Spanish page', async () => {
    render(<main>{await pageOf(SearchPage({ searchParams: params('ketamina') }))}</main>)
    for (const title of resultTitles()) expect(englishTitles.has(title)).toBe(true)
    document.body.innerHTML = ''
    await searchInSpanish('ketamine')
    for (const title of resultTitles()) expect(spanishTitles.has(title)).toBe(true)
  })

  it('answers 404 while the clinic does not publish Spanish; the English search stays', async () => {
    withoutSpanish()
    await expect(outcomeOf(SpanishSearchPage({ searchParams: params('ketamina') }))).resolves.toEqual({
      kind: 'notFound',
    })
    await expect(outcomeOf(SearchPage({ searchParams: params('ketamine') }))).resolves.toMatchObject({ kind: 'page' })
  })

  it('sits in the Spanish chrome, inside an element with lang="es", with the switcher leading to /search', async () => {
    const { container } = render(await SpanishSiteLayout({ children: <p>contenido</p> }))
    const edition = container.firstElementChild
    expect(edition).toHaveAttribute('lang', 'es')
    // Everything the layout draws is inside it: skip link, header, main and footer.
    expect(container.children).toHaveLength(1)
    expect(within(edition as HTMLElement).getByRole('main')).toHaveTextContent('contenido')
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Principal' })).toBeInTheDocument()
    const english = Array.from(container.querySelectorAll('a[hreflang="en"]'), (link) => link.getAttribute('href'))
    expect(english).toEqual([pathsFor('en').search])
  })
})
