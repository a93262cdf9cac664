import { render, screen, within } from '@testing-library/react'
import { bundledDocuments, type Doc } from '../support/bundledDocuments'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR } from '../support/exampleContent'
import { outcomeOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'

const SLUG = EXAMPLE_ARTICLE.slug

const dataset = bundledDocuments() as Doc[]

type Block = { style?: string; children?: { text: string }[] }
type Section = { heading: string; body: Block[]; takeaway?: { _ref: string } }
const article = dataset.find((doc) => doc._id === EXAMPLE_ARTICLE.id) as Doc & {
  sections: Section[]
  faqs: { _ref: string }[]
}
const byId = new Map(dataset.map((doc) => [doc._id, doc]))
const textOf = (blocks: Block[]) => blocks.map((block) => (block.children ?? []).map((child) => child.text).join(''))

async function renderArticle(slug = SLUG) {
  return render(await readingPage(`/blog/${slug}`))
}

describe('the example article page', () => {
  it('renders every section heading and sub-heading of the text, in order', async () => {
    const { container } = await renderArticle()
    const expected = article.sections.flatMap((section) => [
      section.heading,
      ...textOf(section.body.filter((block) => block.style === 'h3')),
    ])
    const rendered = Array.from(container.querySelectorAll('article h2, article h3')).map((node) => node.textContent)
    expect(rendered.filter((text) => expected.includes(text ?? ''))).toEqual(expected)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('shows each section takeaway as a labelled callout after its section', async () => {
    await renderArticle()
    const callouts = screen.getAllByRole('complementary', { name: 'Key takeaway' })
    const takeaways = article.sections.map((section) => byId.get(section.takeaway?._ref ?? '')?.text)
    expect(takeaways.every(Boolean)).toBe(true)
    expect(callouts.map((callout) => within(callout).getAllByRole('paragraph')[1]?.textContent)).toEqual(takeaways)
  })

  it('gathers the takeaways in a summary near the top', async () => {
    await renderArticle()
    const summary = screen.getByRole('region', { name: 'Key takeaways' })
    expect(within(summary).getAllByRole('listitem')).toHaveLength(article.sections.length)
  })

  it('lists every FAQ question and answer in native details elements', async () => {
    const { container } = await renderArticle()
    const faqs = article.faqs.map((ref) => byId.get(ref._ref) as Doc & { question: string; answer: Block[] })
    expect(screen.getByRole('heading', { level: 2, name: EXAMPLE_ARTICLE.faqTitle })).toBeInTheDocument()
    const details = Array.from(container.querySelectorAll('details')).filter((node) => !node.closest('nav'))
    expect(details.map((node) => node.querySelector('summary')?.textContent)).toEqual(faqs.map((faq) => faq.question))
    details.forEach((node, index) => {
      for (const answer of textOf(faqs[index]?.answer ?? [])) expect(node.textContent).toContain(answer)
    })
  })

  it('has a table of contents whose every link lands on an element of the page', async () => {
    const { container } = await renderArticle()
    const toc = screen.getByRole('navigation', { name: 'Table of contents' })
    const links = within(toc).getAllByRole('link')
    expect(links.length).toBeGreaterThanOrEqual(article.sections.length)
    for (const link of links) {
      const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1))
      expect(container.querySelector(`[id="${id}"]`)).not.toBeNull()
    }
    const ids = Array.from(container.querySelectorAll('[id]')).map((node) => node.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('shows the byline without an invented reviewer, the disclaimer and the crisis resources', async () => {
    const { container } = await renderArticle()
    expect(screen.getByText(/^By/)).toHaveTextContent(EXAMPLE_AUTHOR.name)
    expect(container.textContent).not.toMatch(/Medically reviewed by/)
    expect(screen.getByRole('complementary', { name: 'Medical disclaimer' })).toHaveTextContent(/not a substitute/i)
    const crisis = screen.getAllByRole('complementary', { name: 'Need help now?' })
    expect(crisis).toHaveLength(2)
    expect(
      within(crisis[0]!)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:18338526262']))
  })

  it('renders the image with its alt text and caption', async () => {
    await renderArticle()
    const [first] = EXAMPLE_ARTICLE.images
    const image = screen.getByRole('img', { name: first?.alt })
    expect(image.closest('figure')).toHaveTextContent(first?.caption ?? '')
  })

  it('answers 404 for an unknown slug', async () => {
    await expect(outcomeOf(readingPage('/blog/no-such-article'))).resolves.toEqual({ kind: 'notFound' })
  })
})
