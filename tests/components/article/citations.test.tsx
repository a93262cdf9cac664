import { render, screen, within } from '@testing-library/react'
import { articleSection, textBlock } from '../../support/contentBlocks'
import { bundledWith, resetDocuments, setDocuments } from '../../support/mockDataset'
import { pageOf } from '../../support/pageOutcome'
import { readingPage } from '../../support/readingPage'
import { testOnlyArticle } from '../../support/testOnlyArticle'

// Inline citations: numbered superscript links to the source they name, and back links from
// each source to every place citing it; plain anchors, no script.

jest.mock('../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../support/mockDataset').datasetModule(),
)

const SLUG = 'citations-test'

/** A block whose second span is cited: "<before><cited>." with a citation of `sourceKey`. */
const citingBlock = (key: string, before: string, cited: string, sourceKey: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [{ _type: 'citation', _key: `${key}-c`, sourceKey }],
  children: [
    { _type: 'span', _key: `${key}-s1`, text: before, marks: [] },
    { _type: 'span', _key: `${key}-s2`, text: cited, marks: [`${key}-c`] },
    { _type: 'span', _key: `${key}-s3`, text: '.', marks: [] },
  ],
})

const sources = [
  { _type: 'source', _key: 'srcA', title: 'Trial A', url: 'https://example.org/a', publisher: 'Journal A' },
  { _type: 'source', _key: 'srcB', title: 'Review B', url: 'https://example.org/b' },
  { _type: 'source', _key: 'srcC', title: 'Guideline C' },
]

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  setDocuments(
    bundledWith(
      testOnlyArticle(SLUG, {
        title: 'Cited claims',
        excerpt: 'A test article with citations.',
        intro: [citingBlock('i1', 'Some ', 'studies show a benefit', 'srcB')],
        sections: [
          articleSection('s1', 'What is known', 'what-is-known', [
            citingBlock('b1', 'One ', 'trial found fewer symptoms', 'srcA'),
            citingBlock('b2', 'A ', 'review agrees', 'srcB'),
            citingBlock('b3', 'A ', 'claim whose source was removed', 'srcGone'),
          ]),
        ],
        conclusion: [textBlock('c1', 'The end.')],
        sources,
      }),
    ),
  )
})
afterEach(() => {
  resetDocuments()
  warn.mockRestore()
})

async function renderArticle() {
  return render(<main>{await pageOf(readingPage(`/blog/${SLUG}`))}</main>)
}

describe('citations in the text', () => {
  it('follow the cited words as superscript links numbered by the position of their source', async () => {
    const { container } = await renderArticle()
    const marks = Array.from(container.querySelectorAll('sup > a'), (link) => ({
      text: link.textContent,
      href: link.getAttribute('href'),
      id: link.id,
      after: link.closest('sup')?.previousSibling?.textContent,
    }))
    expect(marks).toEqual([
      { text: '[2]', href: '#source-2', id: 'cite-2-1', after: 'studies show a benefit' },
      { text: '[1]', href: '#source-1', id: 'cite-1-1', after: 'trial found fewer symptoms' },
      { text: '[2]', href: '#source-2', id: 'cite-2-2', after: 'review agrees' },
    ])
    expect(container.querySelector('script:not([type="application/ld+json"])')).toBeNull()
  })

  it('show the words of a citation to a missing source without a number, and report it', async () => {
    const { container } = await renderArticle()
    const paragraph = screen.getByText(/claim whose source was removed/)
    expect(paragraph).toHaveTextContent(/^A claim whose source was removed\.$/)
    expect(paragraph.querySelector('sup')).toBeNull()
    expect(container.querySelectorAll('sup > a')).toHaveLength(3)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/articleQuery: document article-citations-test: .*b3.*missing source "srcGone"/),
    )
  })
})

describe('the sources list', () => {
  it('gives each source the id its citations link to, and links back to every place citing it', async () => {
    const { container } = await renderArticle()
    const list = within(screen.getByRole('region', { name: 'Sources' })).getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.id)).toEqual(['source-1', 'source-2', 'source-3'])
    const backLinks = items.map((item) =>
      Array.from(item.querySelectorAll('a[href^="#"]'), (link) => [
        link.getAttribute('href'),
        link.getAttribute('aria-label'),
      ]),
    )
    expect(backLinks).toEqual([
      [['#cite-1-1', 'Back to where source 1 is cited in the text']],
      [
        ['#cite-2-1', 'Back to citation 1 of source 2 in the text'],
        ['#cite-2-2', 'Back to citation 2 of source 2 in the text'],
      ],
      [],
    ])
    expect(items[0]).toHaveTextContent('Trial A. Journal A ↩')
    // Every citation and back link lands on an element of the page, and no id is used twice.
    for (const link of container.querySelectorAll('a[href^="#cite-"], a[href^="#source-"]'))
      expect(container.querySelector(link.getAttribute('href') ?? '')).not.toBeNull()
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
