import { rm } from 'node:fs/promises'
import { createClient } from '@sanity/client'
import { runImportCli, type CliContext } from '@/lib/importer/cli'
import { importPaths } from '@/lib/importer/runImport'
import type { DocumentLike } from '@/lib/dataset/ndjson'
import { writeToSanity, type Download, type SanityWriteOptions } from '@/lib/importer/sanityWriter'
import { startContentLakeServer, type ContentLakeServer, type StoredDocument } from '@/tooling/contentLakeServer'
import { defaultCheckpointPath } from '@/lib/importer/writeCheckpoint'
import { useTempDir } from '../../support/tempDir'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'
import { fixturePath } from '../../support/fixtures'

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
)

const POST = EXAMPLE_ARTICLE.sourceFile
/** What importing the example article writes: the article, its takeaways and its FAQs. */
const EXAMPLE_DOCUMENTS = 1 + EXAMPLE_ARTICLE.takeawayIds.length + EXAMPLE_ARTICLE.faqIds.length
const EXPORT = fixturePath('importer', 'clinic-export.wxr.xml')
const HTML = fixturePath('importer', 'wordpress-post.html')

let server: ContentLakeServer
let downloads: string[]

beforeEach(async () => {
  server = await startContentLakeServer()
  downloads = []
})
afterEach(async () => {
  // The command keeps its checkpoint where a real run would; one per test server, removed with it.
  await rm(defaultCheckpointPath({ apiHost: server.url, projectId: 'test', dataset: server.dataset }), { force: true })
  await server.close()
})

function context(env: Record<string, string | undefined> = {}): CliContext {
  return {
    env: {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'test',
      NEXT_PUBLIC_SANITY_DATASET: server.dataset,
      SANITY_API_WRITE_TOKEN: server.token,
      ...env,
    },
    sanityClient: (sanityEnv) =>
      createClient({
        projectId: sanityEnv.projectId,
        dataset: sanityEnv.dataset,
        token: sanityEnv.token,
        apiVersion: '2025-02-19',
        apiHost: server.url,
        useProjectHostname: false,
        useCdn: false,
      }),
    // Remote images come from the test, not the network; one URL fails to show the fallback.
    download: async (url) => {
      downloads.push(url)
      if (url.endsWith('featured-7.jpg')) throw new Error('HTTP 404')
      return TINY_PNG
    },
  }
}

async function run(argv: string[], ctx = context()) {
  const lines: string[] = []
  const code = await runImportCli(argv, { log: (line) => lines.push(line), error: (line) => lines.push(line) }, ctx)
  return { code, output: lines.join('\n') }
}

// maxRetries is fixed when the client is created (withConfig does not change it), hence the option here.
const readClient = (maxRetries?: number) =>
  createClient({
    projectId: 'test',
    dataset: server.dataset,
    apiVersion: '2025-02-19',
    apiHost: server.url,
    useProjectHostname: false,
    useCdn: false,
    ...(maxRetries === undefined ? {} : { maxRetries }),
  })

describe('--to-sanity', () => {
  it('writes the article, takeaways and FAQs through createOrReplace transactions and uploads the image', async () => {
    const { code, output } = await run([POST, '--to-sanity'])
    expect(output).toMatch(
      new RegExp(
        `Sent ${EXAMPLE_DOCUMENTS} documents to Sanity dataset "production" in 1 transactions \\(1 images uploaded\\)`,
      ),
    )
    expect(code).toBe(0)
    const mutateBody = JSON.parse(
      server.requests.find((request) => request.path.endsWith('/data/mutate/production'))?.body ?? '{}',
    ) as { mutations: object[] }
    expect(mutateBody.mutations).toHaveLength(EXAMPLE_DOCUMENTS)
    for (const mutation of mutateBody.mutations) expect(Object.keys(mutation)).toEqual(['createOrReplace'])

    const article = await readClient().fetch<{
      title: string
      sections: number
      faqs: string[]
      image: { url: string; width: number }
    }>(
      `*[_type == "article" && slug.current == $slug][0]{title, "sections": count(sections), "faqs": faqs[]->question, "image": sections[1].body[_type == "image"][0].asset->{url, "width": metadata.dimensions.width}}`,
      { slug: EXAMPLE_ARTICLE.slug },
    )
    expect(article.title).toBe(EXAMPLE_ARTICLE.title)
    expect(article.sections).toBe(EXAMPLE_ARTICLE.sectionHeadings.length)
    expect(article.faqs).toHaveLength(EXAMPLE_ARTICLE.faqIds.length)
    expect(article.image).toEqual({ url: expect.stringMatching(/-1200x675\.png$/), width: 1200 })
  })

  it('replaces on re-import instead of duplicating', async () => {
    await run([POST, '--to-sanity'])
    const first = server.documents().map((document) => document._id)
    await run([POST, '--to-sanity'])
    expect(server.documents().map((document) => document._id)).toEqual(first)
    expect(await readClient().fetch('count(*[_type == "faq"])')).toBe(EXAMPLE_ARTICLE.faqIds.length)
  })

  it('batches a large WXR import and creates people and topics only if they do not exist yet', async () => {
    server.seed([
      {
        _id: 'topic-anxiety',
        _type: 'topic',
        title: 'Anxiety (edited in the Studio)',
        slug: { _type: 'slug', current: 'anxiety' },
      },
    ])
    const { code, output } = await run([EXPORT, '--to-sanity', '--download-images'])
    expect(code).toBe(0)
    expect(output).toMatch(/Imported 29 articles, 1 of them as a draft/)
    const mutations = server.requests.filter((request) => request.path.endsWith('/data/mutate/production'))
    expect(mutations.length).toBeGreaterThan(1)
    for (const request of mutations)
      expect((JSON.parse(request.body) as { mutations: object[] }).mutations.length).toBeLessThanOrEqual(50)
    expect(await readClient().fetch('count(*[_type == "article"])')).toBe(28)
    expect(await readClient().fetch('*[_id == "topic-anxiety"][0].title')).toBe('Anxiety (edited in the Studio)')
    expect(await readClient().fetch('*[_id == "person-jordan-doe"][0].name')).toBe('Jordan Doe')
    expect(downloads).toHaveLength(17)
    expect(output).toMatch(
      /warning: image not uploaded, kept without a picture: https:\/\/clinic\.example\/wp-content\/uploads\/featured-7\.jpg: HTTP 404/,
    )
    expect(await readClient().fetch('*[_id == "article-post-number-7"][0].mainImage')).toEqual({
      _type: 'image',
      alt: 'Featured picture for post 7',
    })
    expect(await readClient().fetch('*[_id == "article-post-number-14"][0].mainImage.asset->url')).toMatch(/-1x1\.png$/)
  }, 20_000)

  it('retries a transaction the Content Lake answered with 503, saying so, and finishes', async () => {
    server.inject({ kind: 'status', status: 503 }, { endpoint: 'mutate' })
    const { code, output } = await run([POST, '--to-sanity'])
    expect(output).toMatch(/^retrying transaction 1 of 1 \(.+\) in 0\.\d s: .*503/m)
    expect(output).toMatch(
      new RegExp(`Sent ${EXAMPLE_DOCUMENTS} documents to Sanity dataset "production" in 1 transactions`),
    )
    expect(code).toBe(0)
    expect(await readClient().fetch('count(*[_type == "faq"])')).toBe(EXAMPLE_ARTICLE.faqIds.length)
  })

  it('refuses to start without valid credentials and writes nothing', async () => {
    const { code, output } = await run(
      [POST, '--to-sanity'],
      context({ SANITY_API_WRITE_TOKEN: '', NEXT_PUBLIC_SANITY_DATASET: 'Bad Name' }),
    )
    expect(code).toBe(2)
    expect(output).toMatch(/SANITY_API_WRITE_TOKEN is not set/)
    expect(output).toMatch(/NEXT_PUBLIC_SANITY_DATASET must be a dataset name/)
    expect(server.requests).toEqual([])
  })

  it('reports a rejected write as a failure', async () => {
    const { code, output } = await run(
      [HTML, '--to-sanity'],
      context({ SANITY_API_WRITE_TOKEN: 'wrong-token-the-server-does-not-know' }),
    ).catch((error: unknown) => ({ code: -1, output: String(error) }))
    expect(code).toBe(-1)
    expect(output).toMatch(/Unauthorized/)
    expect(server.documents()).toEqual([])
  })
})

describe('the Content Lake test server', () => {
  const client = () => readClient().withConfig({ token: server.token })

  it('hides drafts and versions from the published perspective and overlays drafts in the drafts perspective', async () => {
    server.seed([
      { _id: 'a', _type: 'post', title: 'Published' },
      { _id: 'drafts.a', _type: 'post', title: 'Draft of a' },
      { _id: 'drafts.b', _type: 'post', title: 'Only a draft' },
      { _id: 'versions.r1.a', _type: 'post', title: 'In a release' },
    ])
    const query = '*[_type == "post"] | order(_id) {_id, title, _originalId}'
    expect(await client().fetch(query, {}, { perspective: 'published' })).toEqual([
      { _id: 'a', title: 'Published', _originalId: null },
    ])
    expect(await client().fetch(query, {}, { perspective: 'drafts' })).toEqual([
      { _id: 'a', title: 'Draft of a', _originalId: 'drafts.a' },
      { _id: 'b', title: 'Only a draft', _originalId: 'drafts.b' },
    ])
    expect(await client().fetch('count(*[_type == "post"])', {}, { perspective: 'raw' })).toBe(4)
  })

  it('applies patches and rejects a whole transaction when one mutation fails', async () => {
    server.seed([{ _id: 'a', _type: 'post', title: 'A', views: 1 }])
    await client().patch('a').set({ title: 'A2' }).inc({ views: 2 }).unset(['missing']).commit()
    expect(await client().getDocument('a')).toMatchObject({ title: 'A2', views: 3 })
    await expect(
      client().transaction().create({ _id: 'b', _type: 'post' }).create({ _id: 'a', _type: 'post' }).commit(),
    ).rejects.toThrow(/already exists/)
    expect(server.documents().map((document) => document._id)).toEqual(['a'])
    await client().delete('a')
    expect(server.documents()).toEqual([])
  })

  it('serves injected failures: an error status, a delay and malformed JSON', async () => {
    server.inject({ kind: 'status', status: 500 }, { endpoint: 'query' })
    await expect(readClient(0).fetch('1')).rejects.toThrow(/500|Injected/)
    server.inject({ kind: 'delay', ms: 150 }, { endpoint: 'query' })
    const started = Date.now()
    expect(await readClient().fetch('1 + 1')).toBe(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    server.inject({ kind: 'malformed' }, { endpoint: 'query' })
    await expect(readClient(0).fetch('1')).rejects.toThrow()
    expect(await readClient().fetch('$n * 2', { n: 21 })).toBe(42)
  })
})

// What a write decides; the revision and timestamps are the server's.
function withoutRevision(document: StoredDocument): StoredDocument {
  const copy = { ...document }
  delete copy._rev
  delete copy._createdAt
  delete copy._updatedAt
  return copy
}

const ref = (id: string) => ({ _type: 'reference', _key: id, _ref: id })

/**
 * 127 documents shaped like a WXR import, listed so that most reference a document listed after
 * them: articles before their FAQs, takeaways, authors and topics, child topics before their
 * parent, and pairs of articles that are each other's related article (a cycle).
 */
function syntheticImport(): { documents: DocumentLike[]; shared: DocumentLike[]; assets: [] } {
  const topics = [1, 2, 3, 4, 0].map((n) => ({
    _id: `topic-${n}`,
    _type: 'topic',
    title: `Topic ${n}`,
    ...(n > 0 ? { parent: ref('topic-0') } : {}),
  }))
  const people = [0, 1].map((n) => ({ _id: `person-${n}`, _type: 'person', name: `Person ${n}` }))
  const articles = Array.from({ length: 40 }, (_, n) => ({
    _id: `article-${n}`,
    _type: 'article',
    title: `Article ${n}`,
    author: ref(`person-${n % 2}`),
    topics: [ref(`topic-${n % 5}`)],
    faqs: [ref(`faq-${n}`)],
    related: [ref(`article-${n % 2 === 0 ? n + 1 : n - 1}`)],
    sections: [{ _key: 's0', heading: 'Heading', takeaway: ref(`takeaway-${n}`) }],
    ...(n % 10 === 4
      ? {
          mainImage: {
            _type: 'image',
            alt: `Picture ${n}`,
            asset: { _sanityAsset: `image@https://old.example/wp-content/uploads/${n}.png` },
          },
        }
      : {}),
  }))
  const takeaways = articles.map((_, n) => ({ _id: `takeaway-${n}`, _type: 'takeaway', text: `Takeaway ${n}` }))
  const faqs = articles.map((_, n) => ({ _id: `faq-${n}`, _type: 'faq', question: `Question ${n}?` }))
  return { documents: [...articles, ...takeaways, ...faqs], shared: [...topics, ...people], assets: [] }
}

describe('--to-sanity over an unreliable Content Lake', () => {
  const temp = useTempDir()
  let sleeps: number[]
  beforeEach(() => {
    sleeps = []
  })

  const writeClient = () =>
    createClient({
      projectId: 'test',
      dataset: server.dataset,
      token: server.token,
      apiVersion: '2025-02-19',
      apiHost: server.url,
      useProjectHostname: false,
      useCdn: false,
    })
  // Waits are recorded instead of slept, so the backoff is visible and the test fast.
  const retry = (attempts = 6) => ({ attempts, random: () => 0.5, sleep: async (ms: number) => void sleeps.push(ms) })
  const mutateRequests = () => server.requests.filter((request) => request.path.endsWith('/data/mutate/production'))

  async function write(paths: string[] | 'synthetic', options: Partial<SanityWriteOptions> = {}, download?: Download) {
    const imported = paths === 'synthetic' ? syntheticImport() : await importPaths(paths)
    return writeToSanity(writeClient(), imported.documents, imported.shared, imported.assets, download, {
      checkpointFile: temp.path('checkpoint.ndjson'),
      retry: retry(),
      ...options,
    })
  }

  it('retries 429 and 503 answers with growing waits, honours Retry-After, and writes everything', async () => {
    server.inject({ kind: 'status', status: 503 }, { endpoint: 'assets' })
    server.inject({ kind: 'status', status: 429, headers: { 'retry-after': '7' } }, { endpoint: 'mutate' })
    server.inject({ kind: 'status', status: 503 }, { endpoint: 'mutate' })
    server.inject({ kind: 'hangup' }, { endpoint: 'mutate' })
    const result = await write([POST])
    expect(result).toMatchObject({ written: EXAMPLE_DOCUMENTS, transactions: 1, uploadedImages: 1, retries: 4 })
    // upload: first wait; then 429 asks for 7 s (more than the backoff), then the backoff doubles.
    expect(sleeps).toEqual([375, 7000, 750, 1500])
    expect(server.documents().filter((document) => document._type === 'faq')).toHaveLength(
      EXAMPLE_ARTICLE.faqIds.length,
    )
  })

  it('gives up after the last attempt with a clear error, and does not retry a refusal', async () => {
    server.inject({ kind: 'status', status: 503 }, { endpoint: 'mutate', times: 10 })
    await expect(write([POST], { retry: retry(3) })).rejects.toThrow(
      /^transaction 1 of 1 \(.+\) failed after 3 attempts; last error: .*503/,
    )
    expect(mutateRequests()).toHaveLength(3)
    server.clearFailures()
    server.inject(
      { kind: 'status', status: 400, body: { error: { type: 'mutationError', description: 'Bad mutation' } } },
      { endpoint: 'mutate' },
    )
    await expect(write([POST])).rejects.toThrow(/^transaction 1 of 1 .* was refused: .*Bad mutation/)
    expect(mutateRequests()).toHaveLength(4)
    expect(server.documents().filter((document) => document._type !== 'sanity.imageAsset')).toEqual([])
  })

  it('resumes an interrupted run: batches and images already confirmed are not sent again', async () => {
    const complete = await write('synthetic', {}, async () => TINY_PNG)
    const expected = server.documents().map(withoutRevision)
    const batches = complete.transactions
    expect(batches).toBeGreaterThan(2)

    const fresh = await startContentLakeServer()
    await server.close()
    server = fresh
    // The first two transactions go through, the third fails for good: the run stops there.
    server.inject({ kind: 'delay', ms: 0 }, { endpoint: 'mutate', times: 2 })
    server.inject({ kind: 'status', status: 503 }, { endpoint: 'mutate', times: 100 })
    await expect(write('synthetic', { retry: retry(1) }, async () => TINY_PNG)).rejects.toThrow(
      /transaction 3 of \d+ .*failed after 1 attempts/,
    )
    const uploadsBefore = server.requests.filter((request) => request.path.includes('/assets/')).length
    server.clearFailures()
    server.requests.length = 0

    const resumed = await write('synthetic', { resume: true }, async () => TINY_PNG)
    expect(resumed.skipped).toBeGreaterThan(0)
    expect(resumed.transactions).toBe(batches - 2)
    expect(resumed.written + resumed.skipped).toBe(complete.written)
    expect(server.requests.filter((request) => request.path.includes('/assets/'))).toHaveLength(0)
    expect(uploadsBefore).toBe(4)
    expect(server.documents().map(withoutRevision)).toEqual(expected)

    // Resuming a finished run sends nothing; a plain re-run sends everything again, with the same result.
    server.requests.length = 0
    expect(await write('synthetic', { resume: true })).toMatchObject({ written: 0, transactions: 0 })
    expect(mutateRequests()).toHaveLength(0)
    expect(await write('synthetic')).toMatchObject({ written: complete.written, skipped: 0 })
  }, 30_000)

  it('writes a document only with or after the documents it references', async () => {
    await write('synthetic')
    const batchOf = new Map<string, number>()
    for (const [number, request] of mutateRequests().entries()) {
      for (const mutation of (JSON.parse(request.body) as { mutations: Array<Record<string, { _id: string }>> })
        .mutations) {
        batchOf.set(Object.values(mutation)[0]!._id, number)
      }
    }
    let checked = 0
    for (const document of server.documents()) {
      for (const [, target] of JSON.stringify(document).matchAll(/"_ref":"([^"]+)"/g)) {
        if (!batchOf.has(target!) || !batchOf.has(document._id)) continue
        expect(batchOf.get(target!)).toBeLessThanOrEqual(batchOf.get(document._id)!)
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(200)
  })

  it('downloads remote images only when allowed, and keeps the image without a picture otherwise', async () => {
    const offline = await write('synthetic')
    expect(offline.uploadedImages).toBe(0)
    expect(offline.failedImages[0]).toMatch(
      /not downloaded \(remote images are downloaded only with --download-images\)/,
    )
    expect(offline.failedImages).toHaveLength(4)
    expect(await readClient().fetch('*[_id == "article-14"][0].mainImage')).toEqual({
      _type: 'image',
      alt: 'Picture 14',
    })
    const online = await write('synthetic', {}, async () => TINY_PNG)
    expect(online.uploadedImages).toBeGreaterThan(0)
    expect(await readClient().fetch('*[_id == "article-14"][0].mainImage.asset->url')).toMatch(/-1x1\.png$/)
  })
})
