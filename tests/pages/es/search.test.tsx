import { render, screen, within } from '@testing-library/react'
import type { GetServerSidePropsContext } from 'next'
import type { ReactNode } from 'react'
import SearchPage from '@/app/(site)/search/page'
import { pathsFor } from '@/lib/navigation/paths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { searchArticles } from '@/lib/sanity/queries/search'
import SpanishSearchPage, { config, getServerSideProps } from '@/pages/es/search'
import type { SearchProps } from '@/routes/search'
import { bundledDocuments, documentsOfType } from '../../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../../support/mockDataset'
import { outcomeOf, pageOf } from '../../support/pageOutcome'

// The Spanish search is a Pages Router page rendered on each request (so <html lang> is "es"), the
// English one the App Router's: one view (routes/search.tsx), one search per language.

jest.mock('../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../support/mockDataset').datasetModule(),
)
// Outside Next, next/head renders nothing; inline, React puts its tags into document.head.
jest.mock('next/head', () => ({ __esModule: true, default: ({ children }: { children: ReactNode }) => children }))
afterEach(resetDocuments)

const spanishTitles = new Set(documentsOfType('article', 'es').map((a) => String(a.title)))
const englishTitles = new Set(documentsOfType('article', 'en').map((a) => String(a.title)))

const query = (q?: string | string[]) => ({ query: q === undefined ? {} : { q } }) as GetServerSidePropsContext

async function searchInSpanish(q?: string) {
  const result = await getServerSideProps(query(q))
  if (!('props' in result)) throw new Error(`expected a page, got ${JSON.stringify(result)}`)
  return render(<SpanishSearchPage {...((await result.props) as SearchProps)} />)
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
  it('ships no JavaScript', () => {
    expect(config).toEqual({ unstable_runtimeJS: false })
  })

  it('speaks Spanish and is kept out of search engine indexes, at /es/search', async () => {
    await searchInSpanish()
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/)
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      absoluteUrl(pathsFor('es').search),
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Buscar' })).toBeInTheDocument()
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('action', '/es/search')
    expect(within(form).getByRole('searchbox', { name: 'Buscar en los artículos' })).toHaveValue('')
    expect(screen.getByRole('navigation', { name: 'Ruta de navegación' })).toBeInTheDocument()
    expect(screen.getByText(/^Busque en los títulos/)).toBeInTheDocument()
    // The Spanish chrome, its switcher leading to the English search.
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument()
    const english = Array.from(document.querySelectorAll('a[hreflang="en"]'), (link) => link.getAttribute('href'))
    expect(english).toEqual([pathsFor('en').search])
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
    render(<main>{await pageOf(SearchPage({ searchParams: Promise.resolve({ q: 'ketamina' }) }))}</main>)
    for (const title of resultTitles()) expect(englishTitles.has(title)).toBe(true)
    document.body.innerHTML = ''
    await searchInSpanish('ketamine')
    for (const title of resultTitles()) expect(spanishTitles.has(title)).toBe(true)
  })

  it('reads a repeated ?q= by its first value, like the English page', async () => {
    const result = await getServerSideProps(query(['ketamina', 'zzzz']))
    expect('props' in result && (await result.props).input.terms).toEqual(['ketamina*'])
  })

  it('answers 404 while the clinic does not publish Spanish; the English search stays', async () => {
    withoutSpanish()
    await expect(getServerSideProps(query('ketamina'))).resolves.toEqual({ notFound: true })
    await expect(outcomeOf(SearchPage({ searchParams: Promise.resolve({ q: 'ketamine' }) }))).resolves.toMatchObject({
      kind: 'page',
    })
  })
})
