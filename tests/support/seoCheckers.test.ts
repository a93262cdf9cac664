import { atomRuleViolations } from './atomRules'
import { checkPage } from './seoPageChecks'
import { checkStructuredData } from './structuredData'
import { validateXmlInChild } from './validateXml'

// The built-site check is only as good as its checkers: each must catch what it looks for.

const site = 'https://blog.example-clinic.com'
const page = `${site}/blog/a`

const graph = (nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes })
const posting = {
  '@type': 'BlogPosting',
  '@id': `${page}#article`,
  headline: 'A',
  image: [`${page}/card.png`],
  datePublished: '2025-01-01T00:00:00Z',
  dateModified: '2025-01-02T00:00:00Z',
  author: { '@id': `${site}/authors/x#person` },
  publisher: { '@id': `${site}/#organization` },
}
const person = { '@type': 'Person', '@id': `${site}/authors/x#person`, name: 'X', url: `${site}/authors/x` }
const clinic = { '@type': 'MedicalClinic', '@id': `${site}/#organization`, name: 'Clinic', url: `${site}/` }

describe('the structured data checker', () => {
  it('accepts a complete article graph', () => {
    expect(checkStructuredData(graph([posting, person, clinic])).problems).toEqual([])
  })

  it('reports missing recommended properties, dangling references and bad breadcrumbs', () => {
    const { problems } = checkStructuredData(
      graph([
        { ...posting, headline: '', image: ['/relative.png'], dateModified: 'yesterday' },
        clinic,
        { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 2, name: 'Home', item: '/' }] },
      ]),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no headline'),
        expect.stringContaining('image missing or not an absolute URL'),
        expect.stringContaining('dateModified is not an ISO 8601 date'),
        `reference to ${site}/authors/x#person resolves to no node`,
        expect.stringContaining('item 1 has position 2'),
        expect.stringContaining('item 1 has no absolute item URL'),
      ]),
    )
    expect(checkStructuredData({ '@graph': [] }).problems).toHaveLength(1)
  })
})

function html({ crumbs, questions, jsonLd }: { crumbs: [string, string][]; questions: string[]; jsonLd: object[] }) {
  return `<!DOCTYPE html><html lang="en"><head><title>A | Clinic</title>
<meta name="description" content="About A."><link rel="canonical" href="${page}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="A"><meta property="og:description" content="About A."><meta property="og:url" content="${page}">
<meta property="og:site_name" content="Clinic"><meta property="og:type" content="website"><meta property="og:locale" content="en_US">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" href="${site}/feed.xml"><link rel="alternate" type="application/atom+xml" href="${site}/feed.atom">
</head><body><nav aria-label="Breadcrumb"><ol>${crumbs.map(([name, href]) => `<li><a href="${href}">${name}</a></li>`).join('')}</ol></nav>
${questions.map((question) => `<details><summary>${question}</summary><p>Answer.</p></details>`).join('')}
${jsonLd.map((data) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`).join('')}</body></html>`
}

describe('the page checker', () => {
  const webPage = { '@type': 'CollectionPage', '@id': `${page}#webpage`, url: page, name: 'A' }
  const website = { '@type': 'WebSite', '@id': `${site}/#website` }
  const crumbs = {
    '@type': 'BreadcrumbList',
    itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` }],
  }
  const faq = {
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }],
  }
  const expected = { url: page, kind: 'collection' as const, indexable: true }

  it('accepts a page whose structured data matches what it shows', () => {
    const good = html({
      crumbs: [['Home', '/']],
      questions: ['Why?'],
      jsonLd: [graph([website, clinic, webPage, crumbs, faq])],
    })
    expect(checkPage(good, expected).problems).toEqual([])
  })

  it('reports breadcrumbs and FAQs that differ from the visible ones, and a second JSON-LD block', () => {
    const drifted = html({
      crumbs: [
        ['Home', '/'],
        ['Blog', '/blog'],
      ],
      questions: ['Why?', 'How?'],
      jsonLd: [graph([website, clinic, webPage, crumbs, faq])],
    })
    const { problems } = checkPage(drifted, expected)
    expect(problems).toEqual([expect.stringContaining('BreadcrumbList'), expect.stringContaining('FAQPage questions')])
    const twice = html({ crumbs: [], questions: [], jsonLd: [graph([website]), graph([clinic])] })
    expect(checkPage(twice, expected).problems).toContain('2 JSON-LD blocks, expected one @graph')
  })

  it('reports a canonical elsewhere and a noindex page that should be indexed', () => {
    const moved = html({ crumbs: [], questions: [], jsonLd: [] })
      .replace(`<link rel="canonical" href="${page}">`, `<link rel="canonical" href="${site}/other">`)
      .replace('index, follow, max-image-preview:large', 'noindex, follow')
    expect(checkPage(moved, expected).problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('canonical is'),
        expect.stringContaining('is not index, follow'),
      ]),
    )
  })
})

describe('the Atom checks', () => {
  const feed = (
    entry: string,
    head = '<author><name>Clinic</name></author><link rel="self" href="https://x.example/feed.atom"/>',
  ) =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://x.example/</id><title>T</title>` +
    `<updated>2025-01-01T00:00:00Z</updated>${head}<entry>${entry}</entry></feed>`
  const entry =
    '<id>https://x.example/a</id><title>A</title><updated>2025-01-01T00:00:00Z</updated><link href="https://x.example/a"/>'

  it('accept a feed that follows RFC 4287', () => {
    expect(validateXmlInChild(feed(entry), 'atom')).toEqual([])
    expect(atomRuleViolations(feed(entry))).toEqual([])
  })

  it('reject an entry without an id, a date that is not RFC 3339, and a feed without authors or a self link', () => {
    expect(validateXmlInChild(feed(entry.replace('<id>https://x.example/a</id>', '')), 'atom')).not.toEqual([])
    expect(validateXmlInChild(feed(entry.replace('2025-01-01T00:00:00Z', 'Jan 1 2025')), 'atom')).not.toEqual([])
    expect(atomRuleViolations(feed(entry, ''))).toEqual([
      'feed: no link rel="self"',
      'entry 1: no atom:author and the feed has none',
    ])
  })
})
