import { join } from 'node:path'
import { createClient } from '@sanity/client'
import { runImportCli, type CliContext } from '../../lib/importer/cli'
import { startContentLakeServer, type ContentLakeServer } from '../support/content-lake-server'

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64')

const POST = join(__dirname, '..', '..', 'sanity', 'dataset', 'source', 'articles', 'ketamine-postpartum-depression.txt')
const EXPORT = join(__dirname, '..', 'fixtures', 'importer', 'clinic-export.wxr.xml')
const HTML = join(__dirname, '..', 'fixtures', 'importer', 'wordpress-post.html')

let server: ContentLakeServer
let downloads: string[]

beforeEach(async () => {
  server = await startContentLakeServer()
  downloads = []
})
afterEach(async () => {
  await server.close()
})

function context(env: Record<string, string | undefined> = {}): CliContext {
  return {
    env: { NEXT_PUBLIC_SANITY_PROJECT_ID: 'test', NEXT_PUBLIC_SANITY_DATASET: server.dataset, SANITY_API_WRITE_TOKEN: server.token, ...env },
    sanityClient: (sanityEnv) =>
      createClient({
        projectId: sanityEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
        dataset: sanityEnv.NEXT_PUBLIC_SANITY_DATASET,
        token: sanityEnv.SANITY_API_WRITE_TOKEN,
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
  createClient({ projectId: 'test', dataset: server.dataset, apiVersion: '2025-02-19', apiHost: server.url, useProjectHostname: false, useCdn: false, ...(maxRetries === undefined ? {} : { maxRetries }) })

describe('--to-sanity', () => {
  it('writes the article, takeaways and FAQs through createOrReplace transactions and uploads the image', async () => {
    const { code, output } = await run([POST, '--to-sanity'])
    expect(output).toMatch(/Sent 11 documents to Sanity dataset "production" in 1 transactions \(1 images uploaded\)/)
    expect(code).toBe(0)
    const mutateBody = JSON.parse(server.requests.find((request) => request.path.endsWith('/data/mutate/production'))?.body ?? '{}') as { mutations: object[] }
    expect(mutateBody.mutations).toHaveLength(11)
    for (const mutation of mutateBody.mutations) expect(Object.keys(mutation)).toEqual(['createOrReplace'])

    const article = await readClient().fetch<{ title: string; sections: number; faqs: string[]; image: { url: string; width: number } }>(
      `*[_type == "article" && slug.current == $slug][0]{title, "sections": count(sections), "faqs": faqs[]->question, "image": sections[1].body[_type == "image"][0].asset->{url, "width": metadata.dimensions.width}}`,
      { slug: 'ketamine-postpartum-depression' },
    )
    expect(article.title).toBe('Ketamine: A New Hope for Postpartum Depression Treatment')
    expect(article.sections).toBe(5)
    expect(article.faqs).toHaveLength(5)
    expect(article.image).toEqual({ url: expect.stringMatching(/-1200x675\.png$/), width: 1200 })
  })

  it('replaces on re-import instead of duplicating', async () => {
    await run([POST, '--to-sanity'])
    const first = server.documents().map((document) => document._id)
    await run([POST, '--to-sanity'])
    expect(server.documents().map((document) => document._id)).toEqual(first)
    expect(await readClient().fetch('count(*[_type == "faq"])')).toBe(5)
  })

  it('batches a large WXR import and creates people and topics only if they do not exist yet', async () => {
    server.seed([{ _id: 'topic-anxiety', _type: 'topic', title: 'Anxiety (edited in the Studio)', slug: { _type: 'slug', current: 'anxiety' } }])
    const { code, output } = await run([EXPORT, '--to-sanity'])
    expect(code).toBe(1) // the fixture's one broken item
    expect(output).toMatch(/Imported 27 articles/)
    const mutations = server.requests.filter((request) => request.path.endsWith('/data/mutate/production'))
    expect(mutations.length).toBeGreaterThan(1)
    for (const request of mutations) expect((JSON.parse(request.body) as { mutations: object[] }).mutations.length).toBeLessThanOrEqual(50)
    expect(await readClient().fetch('count(*[_type == "article"])')).toBe(27)
    expect(await readClient().fetch('*[_id == "topic-anxiety"][0].title')).toBe('Anxiety (edited in the Studio)')
    expect(await readClient().fetch('*[_id == "person-jordan-doe"][0].name')).toBe('Jordan Doe')
    expect(downloads).toHaveLength(17)
    expect(output).toMatch(/warning: image not uploaded, kept without a picture: https:\/\/clinic\.example\/wp-content\/uploads\/featured-7\.jpg: HTTP 404/)
    expect(await readClient().fetch('*[_id == "article-post-number-7"][0].mainImage')).toEqual({ _type: 'image', alt: 'Featured picture for post 7' })
    expect(await readClient().fetch('*[_id == "article-post-number-14"][0].mainImage.asset->url')).toMatch(/-1x1\.png$/)
  }, 20_000)

  it('refuses to start without valid credentials and writes nothing', async () => {
    const { code, output } = await run([POST, '--to-sanity'], context({ SANITY_API_WRITE_TOKEN: '', NEXT_PUBLIC_SANITY_DATASET: 'Bad Name' }))
    expect(code).toBe(2)
    expect(output).toMatch(/SANITY_API_WRITE_TOKEN must be a token/)
    expect(output).toMatch(/NEXT_PUBLIC_SANITY_DATASET must be a dataset name/)
    expect(server.requests).toEqual([])
  })

  it('reports a rejected write as a failure', async () => {
    const { code, output } = await run([HTML, '--to-sanity'], context({ SANITY_API_WRITE_TOKEN: 'wrong-token' })).catch((error: unknown) => ({ code: -1, output: String(error) }))
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
    expect(await client().fetch(query, {}, { perspective: 'published' })).toEqual([{ _id: 'a', title: 'Published', _originalId: null }])
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
    await expect(client().transaction().create({ _id: 'b', _type: 'post' }).create({ _id: 'a', _type: 'post' }).commit()).rejects.toThrow(/already exists/)
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
