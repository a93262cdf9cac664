import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import type { Article } from '@/lib/sanity/queries/article'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import { articleGraph } from '@/lib/seo/jsonLd/articleGraph'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { checkStructuredData } from '../../../support/structuredData'
import { queriedExampleArticle } from '../../../support/queriedExampleArticle'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR } from '../../../support/exampleContent'

let article: Article
let settings: SiteSettings

beforeAll(async () => {
  ;[article, settings] = await Promise.all([queriedExampleArticle(), getSettings()])
})

const url = () => absoluteUrl(EXAMPLE_ARTICLE.path)
type Node = Record<string, unknown>
const node = (graph: { '@graph': readonly unknown[] }, type: string) =>
  graph['@graph'].find((entry) => (entry as Node)['@type'] === type) as Node | undefined

describe('the article page graph', () => {
  it('holds the site, the clinic, the page, the posting, its author, the breadcrumbs and the FAQs, all linked', () => {
    const graph = articleGraph(article, settings, breadcrumbs.article(article))
    const report = checkStructuredData(JSON.parse(JSON.stringify(graph)))
    expect(report.problems).toEqual([])
    expect(report.types).toEqual([
      'WebSite',
      'MedicalClinic',
      'MedicalWebPage',
      'ImageObject',
      'BlogPosting',
      'Person',
      'BreadcrumbList',
      'FAQPage',
    ])
    expect(node(graph, 'WebSite')?.['@id']).toBe(`${absoluteUrl('/')}#website`)
    expect(node(graph, 'BlogPosting')).toMatchObject({
      '@id': `${url()}#article`,
      headline: article.title,
      datePublished: '2024-01-15T09:00:00Z',
      dateModified: '2024-01-15T09:00:00Z',
      author: { '@id': `${absoluteUrl(EXAMPLE_AUTHOR.path)}#person` },
      publisher: { '@id': `${absoluteUrl('/')}#organization` },
      articleSection: article.topics.map((topic) => topic.title),
      inLanguage: 'en',
    })
    expect(node(graph, 'BlogPosting')?.wordCount).toBeGreaterThan(1000)
  })

  it('lists the breadcrumbs the page shows and the FAQs it shows', () => {
    const trail = breadcrumbs.article(article)
    const graph = articleGraph(article, settings, trail)
    expect(node(graph, 'BreadcrumbList')?.itemListElement).toEqual(
      trail.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: absoluteUrl(crumb.path),
      })),
    )
    const questions = node(graph, 'FAQPage')?.mainEntity as Node[]
    expect(questions.map((question) => question.name)).toEqual(article.faqs.map((faq) => faq.question))
  })

  it('names a medical reviewer only when one exists', () => {
    expect(node(articleGraph(article, settings, []), 'MedicalWebPage')).not.toHaveProperty('reviewedBy')
    const reviewer = { _id: 'person-dr-a', name: 'Dr A', slug: 'dr-a', credentials: 'MD', role: 'Psychiatrist' }
    const reviewed = articleGraph({ ...article, medicalReviewer: reviewer, reviewedAt: '2025-02-01' }, settings, [])
    expect(node(reviewed, 'MedicalWebPage')).toMatchObject({
      reviewedBy: { '@id': `${absoluteUrl('/authors/dr-a')}#person` },
      lastReviewed: '2025-02-01',
    })
    expect(reviewed['@graph'].filter((entry) => (entry as Node)['@type'] === 'Person')).toHaveLength(2)
    expect(checkStructuredData(JSON.parse(JSON.stringify(reviewed))).problems).toEqual([])
  })

  it('states the clinic address and telephone only when the settings hold them', () => {
    const bundled = node(articleGraph(article, settings, []), 'MedicalClinic')
    expect(bundled).not.toHaveProperty('address')
    expect(bundled).not.toHaveProperty('telephone')
    const withContact = node(
      articleGraph(
        article,
        {
          ...settings,
          phone: '+1 305 555 0100',
          address: { addressLocality: 'Miami', addressRegion: 'FL', streetAddress: ' ' },
        },
        [],
      ),
      'MedicalClinic',
    )
    expect(withContact).toMatchObject({
      telephone: '+1 305 555 0100',
      address: { '@type': 'PostalAddress', addressLocality: 'Miami', addressRegion: 'FL' },
    })
    expect(withContact?.address).not.toHaveProperty('streetAddress')
  })

  it('leaves the FAQPage out when the article has no FAQs', () => {
    expect(node(articleGraph({ ...article, faqs: [] }, settings, []), 'FAQPage')).toBeUndefined()
  })
})
