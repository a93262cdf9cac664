import { cleanup, render, screen, within } from '@testing-library/react'
import { getStaticPaths } from '@/pages/topics/[slug]'
import { documentsOfType, type Doc } from '../support/bundledDocuments'
import { outcomeOf, pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'
import { CALM_TOPIC, CRISIS_TOPIC, TOPIC_WITH_FAQS, TOPIC_WITH_TAKEAWAYS } from '../support/exampleContent'

const topics = documentsOfType('topic')
const articles = documentsOfType('article')
const refs = (value: unknown) => (Array.isArray(value) ? value.map((ref: { _ref: string }) => ref._ref) : [])
const slugOf = (document: Doc) => (document.slug as { current: string }).current
const renderTopic = async (slug: string) => render(<main>{await pageOf(readingPage(`/topics/${slug}`))}</main>)

describe('the topics index', () => {
  it('lists every topic with a link, its description and how many articles it has', async () => {
    render(await pageOf(readingPage('/topics')))
    expect(screen.getByRole('heading', { level: 1, name: 'Topics' })).toBeInTheDocument()
    for (const topic of topics) {
      const link = screen.getByRole('link', { name: String(topic.title) })
      expect(link).toHaveAttribute('href', `/topics/${slugOf(topic)}`)
      const item = link.closest('li') as HTMLElement
      const count = articles.filter((article) => refs(article.topics).includes(topic._id)).length
      expect(item).toHaveTextContent(String(topic.description))
      expect(item).toHaveTextContent(`${count} article`)
    }
  })

  it('covers at least four topics in the bundled dataset', () => {
    expect(topics.length).toBeGreaterThanOrEqual(4)
  })
})

describe('a topic page', () => {
  it('is generated statically for every topic', async () => {
    const { paths } = await getStaticPaths({})
    expect(paths).toHaveLength(topics.length)
    expect(paths).toEqual(expect.arrayContaining(topics.map((topic) => ({ params: { slug: slugOf(topic) } }))))
  })

  it.each(topics.map((topic) => [slugOf(topic), topic] as const))(
    '%s: shows the description and every article of the topic, newest first',
    async (slug, topic) => {
      await renderTopic(slug)
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(String(topic.title))
      expect(screen.getByText(String(topic.description))).toBeInTheDocument()
      const expected = articles
        .filter((article) => refs(article.topics).includes(topic._id))
        .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
        .map((article) => article.title)
      const region = screen.getByRole('region', { name: 'Articles' })
      expect(
        within(region)
          .getAllByRole('heading', { level: 3 })
          .map((heading) => heading.textContent),
      ).toEqual(expected)
    },
  )

  it('lists the takeaways under the article they come from, each linking to its section', async () => {
    await renderTopic(TOPIC_WITH_TAKEAWAYS.slug)
    const region = screen.getByRole('region', { name: 'Key takeaways' })
    const takeaways = documentsOfType('takeaway').filter((takeaway) =>
      refs(takeaway.topics).includes(TOPIC_WITH_TAKEAWAYS.id),
    )
    expect(takeaways.length).toBeGreaterThan(0)
    for (const takeaway of takeaways) expect(region).toHaveTextContent(String(takeaway.text))
    const sectionLinks = within(region).getAllByRole('link', { name: /Read this section/ })
    expect(sectionLinks).toHaveLength(takeaways.length)
    for (const link of sectionLinks) expect(link.getAttribute('href')).toMatch(/^\/blog\/[a-z0-9-]+#[a-z0-9-]+$/)
  })

  it("lists the topic's FAQs as native details, linking to the articles that answer them", async () => {
    const { container } = await renderTopic(TOPIC_WITH_FAQS.slug)
    const faqs = documentsOfType('faq').filter((faq) => refs(faq.topics).includes(TOPIC_WITH_FAQS.id))
    const details = Array.from(container.querySelectorAll('details'))
    expect(details.map((node) => node.querySelector('summary')?.textContent).sort()).toEqual(
      faqs.map((faq) => faq.question).sort(),
    )
    for (const node of details)
      expect(within(node).getAllByRole('link', { hidden: true })[0]?.getAttribute('href')).toMatch(
        /^\/blog\/[a-z0-9-]+#faqs$/,
      )
  })

  it('shows crisis resources on a mental-health topic and not on others', async () => {
    await renderTopic(CRISIS_TOPIC.slug)
    expect(screen.getByRole('complementary', { name: 'Need help now?' })).toHaveTextContent('988')
    cleanup()
    await renderTopic(CALM_TOPIC.slug)
    expect(screen.queryByRole('complementary', { name: 'Need help now?' })).toBeNull()
  })

  it.each([['no-such-topic'], ['Ketamine-Therapy'], ['ketamine therapy']])(
    'answers 404 for /topics/%s',
    async (slug) => {
      await expect(outcomeOf(readingPage(`/topics/${encodeURIComponent(slug)}`))).resolves.toEqual({ kind: 'notFound' })
    },
  )
})
