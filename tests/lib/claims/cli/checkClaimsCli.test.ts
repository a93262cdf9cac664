import { articlesFromDocuments } from '@/lib/claims/cli/claimArticles'
import { runCheckClaimsCli } from '@/lib/claims/cli/checkClaimsCli'
import type { ClaimsReport } from '@/lib/claims/claimsReport'
import { findClaimsInArticle } from '@/lib/claims/findClaims'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { startContentLakeServer, type ContentLakeServer, type StoredDocument } from '@/tooling/contentLakeServer'
import { EXAMPLE_ARTICLE } from '../../../support/exampleContent'

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCheckClaimsCli(argv, { log: (line) => out.push(line), error: (line) => err.push(line) }, env)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The example article's acknowledgements for every hit it has: what its reviewer would record. */
function acknowledgeEverything() {
  const article = articlesFromDocuments(readDatasetDocuments()).find((found) => found._id === EXAMPLE_ARTICLE.id)
  return findClaimsInArticle(article!).map((hit, index) => ({
    _key: `ack${index}`,
    _type: 'claimAcknowledgement',
    ruleId: hit.ruleId,
    quote: hit.quote,
    reviewer: { _type: 'reference', _ref: 'person-editorial-team' },
    date: '2025-01-02',
  }))
}

describe('npm run check:claims (embedded: the bundled dataset)', () => {
  it('prints one line per hit with slug, location, quote, rule and suggestion, then the counts', async () => {
    const { code, out } = await run([])
    expect(code).toBe(0)
    expect(out).toContain(
      `${EXAMPLE_ARTICLE.slug}  sections[_key=="section3"].body[_key=="block0"]@218  "immediate results"  Promise of immediate results → Describe the typical time course`,
    )
    expect(out).toContain(
      `${EXAMPLE_ARTICLE.slug}  takeaway:takeaway-ketamine-postpartum-depression-5.text@136  "Trials show"  "Trials show" without a source → `,
    )
    expect(out).toMatch(/\n\d+ claims to review in 1 of \d+ articles \(embedded\): \d+ open, 0 acknowledged; /)
  })

  it('--json prints the report: each article with hits, each hit with rule, quote, location and state', async () => {
    const { code, out } = await run(['--json'])
    expect(code).toBe(0)
    const report = JSON.parse(out) as ClaimsReport
    expect(report.source).toBe('embedded')
    expect(report.articles.map((article) => article.slug)).toEqual([EXAMPLE_ARTICLE.slug])
    const hits = report.articles[0]!.hits
    expect(hits[0]).toEqual({
      ruleId: expect.any(String),
      category: expect.any(String),
      title: expect.any(String),
      why: expect.any(String),
      suggestion: expect.any(String),
      quote: expect.any(String),
      sentence: expect.any(String),
      location: expect.objectContaining({ field: expect.any(String), offset: expect.any(Number) }),
      negated: false,
      acknowledged: false,
    })
    expect(hits.map((hit) => hit.quote)).toEqual(
      expect.arrayContaining(['immediate results', 'studies show', 'Trials show', 'Teigen’s Experience with']),
    )
    expect(report.summary).toEqual({
      articles: expect.any(Number),
      articlesWithHits: 1,
      hits: hits.length,
      open: hits.length,
      acknowledged: 0,
      byCategory: expect.objectContaining({ 'speed-promise': 2, testimonial: expect.any(Number) }),
    })
  })

  it('--strict exits 1 while a hit is unacknowledged and says what to do', async () => {
    const { code, err } = await run(['--strict'])
    expect(code).toBe(1)
    expect(err).toMatch(/unacknowledged claims; a medical reviewer acknowledges each/)
  })

  it('--strict exits 0 once every hit is acknowledged', async () => {
    const acknowledgements = acknowledgeEverything()
    const documents = readDatasetDocuments().map((document) =>
      document._id === EXAMPLE_ARTICLE.id ? { ...document, claimAcknowledgements: acknowledgements } : document,
    )
    const out: string[] = []
    const code = await runCheckClaimsCli(
      ['--strict'],
      { log: (line) => out.push(line), error: () => undefined },
      {},
      { label: 'embedded', load: async () => articlesFromDocuments(documents) },
    )
    expect(code).toBe(0)
    expect(out.join('\n')).toMatch(/: 0 open, \d+ acknowledged/)
  })

  it('refuses an unknown option or a malformed environment with exit code 2', async () => {
    expect((await run(['--strcit'])).code).toBe(2)
    const bad = await run([], { NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project' })
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/NEXT_PUBLIC_SANITY_PROJECT_ID/)
  })
})

describe('npm run check:claims (Sanity: NEXT_PUBLIC_SANITY_PROJECT_ID set)', () => {
  let server: ContentLakeServer
  beforeAll(async () => {
    server = await startContentLakeServer({ dataset: 'blog' })
  })
  afterAll(() => server.close())

  const env = () => ({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'test',
    NEXT_PUBLIC_SANITY_DATASET: 'blog',
    SANITY_API_HOST: server.url,
  })

  it('checks the published articles of the dataset, resolving takeaways and FAQs in the query', async () => {
    const documents = readDatasetDocuments() as StoredDocument[]
    const example = documents.find((document) => document._id === EXAMPLE_ARTICLE.id)!
    // A draft with a new claim is not published yet: the check reads what readers see.
    server.seed([...documents, { ...example, _id: `drafts.${example._id}`, title: 'A guaranteed cure' }])
    const sanity = JSON.parse((await run(['--json'], env())).out) as ClaimsReport
    const embedded = JSON.parse((await run(['--json'])).out) as ClaimsReport
    expect(sanity.source).toBe('sanity:test/blog')
    expect(sanity.articles).toEqual(embedded.articles)
    expect(server.requests.some((request) => request.search.get('perspective') === 'published')).toBe(true)
  })

  it('reads acknowledgements from the article: --strict passes once each hit has one', async () => {
    const documents = readDatasetDocuments() as StoredDocument[]
    server.seed(
      documents.map((document) =>
        document._id === EXAMPLE_ARTICLE.id
          ? { ...document, claimAcknowledgements: acknowledgeEverything() }
          : document,
      ),
    )
    const { code } = await run(['--strict'], env())
    expect(code).toBe(0)
  })
})
