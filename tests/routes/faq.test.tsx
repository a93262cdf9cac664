import { render, screen, within } from '@testing-library/react'
import { documentsOfType } from '../support/bundledDocuments'
import { pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'

const faqs = documentsOfType('faq')
const topics = new Map(documentsOfType('topic').map((topic) => [topic._id, String(topic.title)]))
const articles = documentsOfType('article')
const firstTopic = (faq: (typeof faqs)[number]) => (faq.topics as { _ref: string }[])[0]?._ref ?? ''

describe('the FAQ page', () => {
  it('shows every FAQ exactly once, as a native details element', async () => {
    const { container } = render(<main>{await pageOf(readingPage('/faq'))}</main>)
    const questions = Array.from(container.querySelectorAll('details > summary'), (summary) => summary.textContent)
    expect(questions.sort()).toEqual(faqs.map((faq) => String(faq.question)).sort())
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('groups each FAQ under a heading for its first topic', async () => {
    render(<main>{await pageOf(readingPage('/faq'))}</main>)
    for (const faq of faqs) {
      const summary = screen.getByText(String(faq.question), { selector: 'summary' })
      const group = summary.closest('section') as HTMLElement
      expect(within(group).getByRole('heading', { level: 2 })).toHaveTextContent(topics.get(firstTopic(faq)) ?? '')
    }
  })

  it('links each FAQ to the FAQ section of every article that uses it', async () => {
    render(<main>{await pageOf(readingPage('/faq'))}</main>)
    for (const faq of faqs) {
      const details = screen.getByText(String(faq.question), { selector: 'summary' }).closest('details') as HTMLElement
      const using = articles.filter((article) =>
        (article.faqs as { _ref: string }[] | undefined)?.some((ref) => ref._ref === faq._id),
      )
      const hrefs = within(details)
        .queryAllByRole('link', { hidden: true })
        .map((link) => link.getAttribute('href'))
      expect(hrefs).toEqual(using.map((article) => `/blog/${(article.slug as { current: string }).current}#faqs`))
    }
  })
})
