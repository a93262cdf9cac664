import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { runSeedCli } from '@/lib/importer/seedCli'
import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'
import { seedServer, TEST_TOKEN } from '../../support/sanityMode'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

const bundled = readDatasetDocuments()

describe('npm run seed', () => {
  let server: ContentLakeServer
  beforeEach(async () => {
    server = await startContentLakeServer({ token: TEST_TOKEN })
  })
  afterEach(() => server.close())

  it('loads every bundled document and uploads its images, with references in place of export pointers', async () => {
    const { code, output } = await seedServer(server)
    expect(code).toBe(0)
    const stored = server.documents()
    expect(
      stored
        .filter((doc) => doc._type !== 'sanity.imageAsset')
        .map((doc) => doc._id)
        .sort(),
    ).toEqual(bundled.map((doc) => doc._id).sort())
    const assets = stored.filter((doc) => doc._type === 'sanity.imageAsset')
    expect(assets).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain('_sanityAsset')
    // The example article's figure now points at the uploaded asset.
    const article = stored.find((doc) => doc._id === EXAMPLE_ARTICLE.id)
    expect(JSON.stringify(article)).toContain(`{"_type":"reference","_ref":"${assets[0]?._id}"}`)
    // Batched transactions: 50 documents at most per request.
    const mutations = server.requests.filter((request) => request.path.includes('/data/mutate/'))
    expect(mutations).toHaveLength(Math.ceil(bundled.length / 50))
    expect(output.at(-1)).toMatch(/^Done: \d+ documents in \d+ transactions, 1 images uploaded\.$/)
  })

  it('refuses a dataset that already has content, and changes nothing', async () => {
    server.seed([{ _id: 'article-mine', _type: 'article', title: 'An editor wrote this' }])
    const before = server.documents()
    const { code, output } = await seedServer(server)
    expect(code).toBe(1)
    expect(output.join('\n')).toContain('already holds 1 documents. Run `npm run seed -- --replace`')
    expect(server.documents()).toEqual(before)
    expect(
      server.requests.some((request) => request.path.includes('/data/mutate/') || request.path.includes('/assets/')),
    ).toBe(false)
  })

  it('with --replace, overwrites the bundled documents and keeps the others', async () => {
    await seedServer(server)
    server.seed([
      { _id: 'article-mine', _type: 'article', title: 'An editor wrote this' },
      { _id: EXAMPLE_ARTICLE.topicIds[0] as string, _type: 'topic', title: 'Edited title' },
    ])
    const { code } = await seedServer(server, ['--replace'])
    expect(code).toBe(0)
    const byId = new Map(server.documents().map((doc) => [doc._id, doc]))
    expect(byId.get('article-mine')?.title).toBe('An editor wrote this')
    const topicId = EXAMPLE_ARTICLE.topicIds[0]
    expect(byId.get(topicId ?? '')?.title).toBe(
      (bundled.find((doc) => doc._id === topicId) as { title?: string }).title,
    )
  })

  it('counts drafts as content', async () => {
    server.seed([{ _id: 'drafts.article-mine', _type: 'article', title: 'Not published yet' }])
    expect((await seedServer(server)).code).toBe(1)
  })

  it.each([
    ['the project id is missing', { SANITY_API_WRITE_TOKEN: TEST_TOKEN }, 'NEXT_PUBLIC_SANITY_PROJECT_ID is not set'],
    ['the token is missing', { NEXT_PUBLIC_SANITY_PROJECT_ID: 'test' }, 'SANITY_API_WRITE_TOKEN is not set'],
    [
      'the dataset name is malformed',
      {
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'test',
        NEXT_PUBLIC_SANITY_DATASET: 'My Dataset',
        SANITY_API_WRITE_TOKEN: TEST_TOKEN,
      },
      'NEXT_PUBLIC_SANITY_DATASET must be a dataset name',
    ],
    [
      'the token is too short',
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'test', SANITY_API_WRITE_TOKEN: 'abc' },
      'SANITY_API_WRITE_TOKEN is too short',
    ],
  ])('names the variable when %s, and writes nothing', async (_case, env, message) => {
    const errors: string[] = []
    const code = await runSeedCli(
      [],
      { log: () => undefined, error: (line) => errors.push(line) },
      { ...env, SANITY_API_HOST: server.url },
    )
    expect(code).toBe(2)
    expect(errors.join('\n')).toContain(message)
    expect(server.requests).toEqual([])
  })

  it('refuses an unknown option with the usage', async () => {
    const errors: string[] = []
    expect(await runSeedCli(['--force'], { log: () => undefined, error: (line) => errors.push(line) }, {})).toBe(2)
    expect(errors.join('\n')).toMatch(/Unknown option: --force[\s\S]*Usage: npm run seed/)
  })
})
