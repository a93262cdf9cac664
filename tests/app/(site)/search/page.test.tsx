import { render, screen, within } from '@testing-library/react'
import SearchPage, { generateMetadata } from '@/app/(site)/search/page'
import { MAX_QUERY_LENGTH } from '@/lib/content/searchInput'
import { SEARCH_RESULT_LIMIT } from '@/lib/sanity/queries/search'
import { bundledDocuments } from '../../../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../../../support/mockDataset'
import { pageOf } from '../../../support/pageOutcome'
import { EXAMPLE_ARTICLE, SEARCH_TERMS } from '../../../support/exampleContent'
import { articleSection, reference, textBlock } from '../../../support/contentBlocks'
import { testOnlyArticle } from '../../../support/testOnlyArticle'

jest.mock('../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

async function search(q: string | string[] | undefined) {
  const searchParams = Promise.resolve(q === undefined ? {} : { q })
  return render(<main>{await pageOf(SearchPage({ searchParams }))}</main>)
}

const resultTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)

// An article whose distinctive words each sit in one part only, to show every part is searched.
const probe = testOnlyArticle('search-probe', {
  title: 'Search probe',
  excerpt: 'An article that exists only in this test.',
  intro: [textBlock('i', 'The introduction mentions the word marmalade.')],
  sections: [
    articleSection('s', 'Probe section', 'probe-section', [textBlock('b', 'The body mentions a quokka.')], {
      takeaway: reference('takeaway-search-probe-1'),
    }),
  ],
  faqs: [reference('faq-search-probe-1', 'f')],
})
const probeTakeaway = { _id: 'takeaway-search-probe-1', _type: 'takeaway', text: 'The takeaway mentions a zebrafinch.' }
const probeFaq = {
  _id: 'faq-search-probe-1',
  _type: 'faq',
  question: 'Does the question mention a narwhal?',
  answer: [textBlock('a', 'The answer mentions an axolotl.')],
}

describe('the search page', () => {
  it('is kept out of search engine indexes', async () => {
    expect((await generateMetadata()).robots).toMatchObject({ index: false })
  })

  it('asks for a query, and searches nothing, when there is none', async () => {
    await search(undefined)
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('')
    expect(resultTitles()).toEqual([])
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument()
  })

  it('finds articles by a word, best match first, and shows the matched text marked', async () => {
    const { container } = await search(SEARCH_TERMS.titleWord)
    expect(resultTitles()[0]).toBe(SEARCH_TERMS.titleWordArticle)
    expect(resultTitles()).toContain(EXAMPLE_ARTICLE.title)
    const marks = Array.from(container.querySelectorAll('mark'), (mark) => mark.textContent?.toLowerCase())
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((mark) => mark?.startsWith('breastfeed'))).toBe(true)
    expect(screen.getByRole('searchbox')).toHaveValue('breastfeeding')
  })

  it('requires every word, wherever in the article each one is', async () => {
    await search(SEARCH_TERMS.allOnlyInExample)
    expect(resultTitles()).toEqual([EXAMPLE_ARTICLE.title])
  })

  it.each([
    ['the title', 'probe'],
    ['the excerpt', 'exists only'],
    ['the intro', 'marmalade'],
    ['a section body', 'quokka'],
    ['a key takeaway', 'zebrafinch'],
    ['an FAQ question', 'narwhal'],
    ['an FAQ answer', 'axolotl'],
  ])('searches %s', async (_part, q) => {
    setDocuments(bundledWith(probe, probeTakeaway, probeFaq))
    await search(q)
    expect(resultTitles()).toEqual(['Search probe'])
  })

  it('shows the takeaway that matched and links to its section', async () => {
    setDocuments(bundledWith(probe, probeTakeaway, probeFaq))
    await search('zebrafinch')
    const result = screen.getByRole('heading', { level: 3, name: 'Search probe' }).closest('li') as HTMLElement
    expect(within(result).getByText('zebrafinch', { selector: 'mark' })).toBeInTheDocument()
    expect(within(result).getByRole('link', { name: 'Key takeaway: Probe section' })).toHaveAttribute(
      'href',
      '/blog/search-probe#probe-section',
    )
  })

  it('says when nothing matches', async () => {
    await search('xylophone')
    expect(resultTitles()).toEqual([])
    expect(screen.getByText(/No articles match “xylophone”/)).toBeInTheDocument()
  })

  it('cuts a very long query, says so, and still searches', async () => {
    await search('ketamine '.repeat(MAX_QUERY_LENGTH))
    expect(
      screen.getByText(`Only the first ${MAX_QUERY_LENGTH} characters of your search were used.`),
    ).toBeInTheDocument()
    expect((screen.getByRole('searchbox') as HTMLInputElement).value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(resultTitles()).toContain(EXAMPLE_ARTICLE.title)
  })

  it.each([
    ['*'],
    ['"'],
    ["'"],
    ['*[_type == "siteSettings"]'],
    ['") || true || ("'],
    ['$terms'],
    ['\\'],
    ['%00'],
    ['\u0000'],
    ['🙂'],
  ])('treats %p safely: no error and no match-everything', async (q) => {
    await search(q)
    expect(resultTitles().length).toBeLessThan(
      bundledDocuments().filter((document) => document._type === 'article').length,
    )
  })

  it('searches words in other scripts without error', async () => {
    await search('産後うつ dépression депрессия')
    expect(screen.getByText(/No articles match/)).toBeInTheDocument()
  })

  it('shows at most SEARCH_RESULT_LIMIT results and says how many matched in all', async () => {
    const many = Array.from({ length: SEARCH_RESULT_LIMIT + 3 }, (_, index) => ({
      ...probe,
      _id: `article-search-probe-${index}`,
      slug: { _type: 'slug', current: `search-probe-${index}` },
      faqs: [],
      sections: probe.sections.map((section) => ({ ...section, takeaway: undefined })),
    }))
    setDocuments(bundledWith(...many))
    await search('quokka')
    expect(resultTitles()).toHaveLength(SEARCH_RESULT_LIMIT)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`${SEARCH_RESULT_LIMIT + 3} articles match`)
  })
})
