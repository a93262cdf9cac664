import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { getFaqs } from '@/lib/sanity/queries/faqs'
import { getPeople } from '@/lib/sanity/queries/people'
import { getPerson } from '@/lib/sanity/queries/person'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import { getTopic } from '@/lib/sanity/queries/topic'
import { getTopics } from '@/lib/sanity/queries/topics'
import { blogIndexGraph, blogIndexMetadata } from '@/lib/seo/pages/blogIndex'
import { faqSeo } from '@/lib/seo/pages/faq'
import { homeGraph, homeMetadata } from '@/lib/seo/pages/home'
import { peopleIndexSeo, profileGraph, profileMetadata } from '@/lib/seo/pages/people'
import { searchGraph, searchMetadata } from '@/lib/seo/pages/search'
import { topicGraph, topicMetadata, topicsIndexSeo } from '@/lib/seo/pages/topics'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { checkStructuredData } from '../../../support/structuredData'
import { EXAMPLE_AUTHOR, SITE_SETTINGS, TOPIC_WITH_FAQS } from '../../../support/exampleContent'

type Node = Record<string, unknown>
let settings: SiteSettings

beforeAll(async () => {
  settings = await getSettings()
})

function checked(graph: unknown) {
  const report = checkStructuredData(JSON.parse(JSON.stringify(graph)))
  expect(report.problems).toEqual([])
  return report
}
const ofType = (nodes: Node[], type: string) => nodes.find((node) => node['@type'] === type)

describe('structured data and metadata of the pages around the articles', () => {
  it('home: the clinic blog as a collection of its newest articles', async () => {
    const [topics, articles] = await Promise.all([getTopics(), getLatestArticles(6)])
    const { types, nodes } = checked(homeGraph({ settings, topics, articles }))
    expect(types).toEqual(['WebSite', 'MedicalClinic', 'CollectionPage', 'ItemList'])
    const list = ofType(nodes, 'ItemList')?.itemListElement as Node[]
    expect(list.map((item) => item.url)).toEqual(articles.map((article) => absoluteUrl(`/blog/${article.slug}`)))
    const metadata = homeMetadata({ settings, topics })
    expect(metadata.title).toEqual({ absolute: `${SITE_SETTINGS.clinicName} blog` })
    expect(metadata.description).toMatch(/^Articles from .+ on .+\.$/)
    expect(metadata.description).toContain(`Articles from ${SITE_SETTINGS.clinicName} on `)
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/'))
  })

  it('blog index: each page numbers its items from where the page starts', async () => {
    const { total, articles } = await getArticleIndex(10, 20)
    const { nodes } = checked(blogIndexGraph({ settings, page: 2, total, articles }))
    expect((ofType(nodes, 'ItemList')?.itemListElement as Node[])[0]?.position).toBe(11)
    expect(ofType(nodes, 'CollectionPage')?.url).toBe(absoluteUrl('/blog?page=2'))
    expect(blogIndexMetadata({ settings, page: 2, total }).alternates?.canonical).toBe(absoluteUrl('/blog?page=2'))
  })

  it('topics: the index lists them; a topic page is about its topic and carries its FAQs', async () => {
    const topics = await getTopics()
    checked(topicsIndexSeo.graph({ settings, title: 'Topics', items: topics }))
    const topic = await getTopic(TOPIC_WITH_FAQS.slug)
    if (!topic) throw new Error(`topic ${TOPIC_WITH_FAQS.slug} is missing`)
    const { nodes } = checked(topicGraph(topic, { settings }))
    expect(ofType(nodes, 'CollectionPage')?.about).toEqual([expect.objectContaining({ name: TOPIC_WITH_FAQS.title })])
    expect((ofType(nodes, 'FAQPage')?.mainEntity as Node[]).map((question) => question.name)).toEqual(
      topic.faqs.map((faq) => faq.question),
    )
    expect(topicMetadata(topic, { settings }).robots).toMatchObject({ index: true })
    expect(topicMetadata({ ...topic, articles: [] }, { settings }).robots).toEqual({
      index: false,
      follow: true,
    })
  })

  it('people: the index lists them; a profile page is a ProfilePage about the person', async () => {
    checked(peopleIndexSeo.graph({ settings, title: 'Authors and reviewers', items: await getPeople() }))
    const person = await getPerson(EXAMPLE_AUTHOR.slug)
    if (!person) throw new Error(`person ${EXAMPLE_AUTHOR.slug} is missing`)
    const { nodes } = checked(profileGraph(person, { settings }))
    expect(ofType(nodes, 'ProfilePage')?.mainEntity).toEqual({ '@id': `${absoluteUrl(EXAMPLE_AUTHOR.path)}#person` })
    expect(ofType(nodes, 'Person')).toMatchObject({ name: EXAMPLE_AUTHOR.name, url: absoluteUrl(EXAMPLE_AUTHOR.path) })
    expect(profileMetadata(person, { settings }).openGraph).toMatchObject({ type: 'profile' })
    expect(profileMetadata({ ...person, written: [], reviewed: [] }, { settings }).robots).toEqual({
      index: false,
      follow: true,
    })
  })

  it('FAQ hub: every question the page shows, in an FAQPage', async () => {
    const faqs = await getFaqs()
    const { nodes } = checked(faqSeo.graph({ settings, title: 'Frequently asked questions', items: faqs }))
    expect(ofType(nodes, 'FAQPage')?.mainEntity).toHaveLength(faqs.length)
    expect(faqSeo.metadata({ settings, title: 'Frequently asked questions', items: faqs }).description).toContain(
      `${faqs.length} questions`,
    )
  })

  it('search: results are never indexed', () => {
    checked(searchGraph({ settings, title: 'Search' }))
    expect(searchMetadata({ settings, title: 'Search' }).robots).toEqual({ index: false, follow: true })
    expect(searchMetadata({ settings, title: 'Search', draft: true }).robots).toEqual({ index: false, follow: false })
  })
})
