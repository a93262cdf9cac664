import { parseEmbeddedIndexEnv } from '@/lib/env/embeddedEnv'
import type { GroqDocument } from '@/lib/groq-index'

// EMBEDDED_INDEX=off must really take the index out of the path: plain groq-js, with no
// rewritten tree and no dereference hook, both from createIndexedSource and from the site's
// embedded source, which reads the variable.

jest.mock('groq-js', () => {
  const actual = jest.requireActual<typeof import('groq-js')>('groq-js')
  return { ...actual, evaluate: jest.fn(actual.evaluate), evaluateSync: jest.fn(actual.evaluateSync) }
})

const documents: GroqDocument[] = [
  { _id: 'a', _type: 'article', topic: { _ref: 't' } },
  { _id: 't', _type: 'topic', title: 'T' },
]
const QUERY = '*[_type == $type]{ _id, "topic": topic->title }'
const EXPECTED = [{ _id: 'a', topic: 'T' }]

type GroqJs = typeof import('groq-js')
type IndexModule = typeof import('@/lib/groq-index')

/** The modules as a fresh process with this environment loads them, and groq-js's spies. */
function load(env: string | undefined): {
  groq: jest.Mocked<GroqJs>
  index: IndexModule
  query: typeof import('@/lib/sanity/embedded/query')
} {
  const saved = process.env.EMBEDDED_INDEX
  if (env === undefined) delete process.env.EMBEDDED_INDEX
  else process.env.EMBEDDED_INDEX = env
  try {
    let loaded: ReturnType<typeof load> | undefined
    jest.isolateModules(() => {
      jest.doMock('../../../lib/sanity/embedded/embeddedDocuments', () => ({ embeddedDocuments: () => documents }))
      loaded = {
        groq: jest.requireMock<jest.Mocked<GroqJs>>('groq-js'),
        index: jest.requireActual<IndexModule>('../../../lib/groq-index'),
        query: jest.requireActual<typeof import('@/lib/sanity/embedded/query')>('../../../lib/sanity/embedded/query'),
      }
    })
    return loaded!
  } finally {
    if (saved === undefined) delete process.env.EMBEDDED_INDEX
    else process.env.EMBEDDED_INDEX = saved
  }
}

/** Whether groq-js evaluated a tree with the index's dereference hook. */
const usedIndex = (groq: jest.Mocked<GroqJs>) =>
  [...groq.evaluate.mock.calls, ...groq.evaluateSync.mock.calls].some(
    ([, options]) => options?.dereference !== undefined,
  )

describe('EMBEDDED_INDEX', () => {
  it('is on unless set to off, and names itself when it is neither', () => {
    expect(parseEmbeddedIndexEnv({})).toEqual({ index: true })
    expect(parseEmbeddedIndexEnv({ EMBEDDED_INDEX: '' })).toEqual({ index: true })
    expect(parseEmbeddedIndexEnv({ EMBEDDED_INDEX: 'on' })).toEqual({ index: true })
    expect(parseEmbeddedIndexEnv({ EMBEDDED_INDEX: ' off ' })).toEqual({ index: false })
    expect(() => parseEmbeddedIndexEnv({ EMBEDDED_INDEX: 'false' })).toThrow(/EMBEDDED_INDEX must be 'on' or 'off'/)
  })

  it('off: the site runs plain groq-js, on the unparsed query', async () => {
    const { groq, query } = load('off')
    await expect(query.queryEmbedded(QUERY, { type: 'article' })).resolves.toEqual(EXPECTED)
    expect(usedIndex(groq)).toBe(false)
    expect(groq.evaluate.mock.calls[0]?.[0]).toEqual(groq.parse(QUERY, { params: { type: 'article' } }))
  })

  it('on (the default): the site reads from the index', async () => {
    const { groq, query } = load(undefined)
    await expect(query.queryEmbedded(QUERY, { type: 'article' })).resolves.toEqual(EXPECTED)
    expect(usedIndex(groq)).toBe(true)
  })

  it('stops the site loading with a value that is neither on nor off', () => {
    expect(() => load('no')).toThrow(/Invalid embedded index environment: EMBEDDED_INDEX must be 'on' or 'off'/)
  })

  it('createIndexedSource({ index: false }) is plain groq-js; without it, the index', async () => {
    const { groq, index } = load(undefined)
    await expect(
      index.createIndexedSource(documents, { index: false }).fetch(QUERY, { type: 'article' }),
    ).resolves.toEqual(EXPECTED)
    expect(usedIndex(groq)).toBe(false)
    await expect(index.createIndexedSource(documents).fetch(QUERY, { type: 'article' })).resolves.toEqual(EXPECTED)
    expect(usedIndex(groq)).toBe(true)
  })
})
