import { createHmac } from 'node:crypto'
import { evaluate, parse } from 'groq-js'
import { REPLAY_WINDOW_MS } from '@/lib/sanity/revalidate/deliveryAge'
import { WEBHOOK_PROJECTION } from '@/lib/sanity/revalidate/webhook'
import { startContentLakeServer, type ContentLakeServer, type StoredDocument } from '@/tooling/contentLakeServer'
import { CRISIS_TOPIC } from '../../../support/exampleContent'
import { sanityModeEnv, seedServer, TEST_TOKEN, withEnv } from '../../../support/sanityMode'

// A captured genuine delivery sent again: many copies at once, later, or after the first failed.
// Exactly one copy may revalidate; a failed one must not block Sanity's retry; a delivery signed
// longer ago than Sanity retries is refused.

// Every tag handed to `revalidate`, across calls.
const revalidated: string[] = []

const SECRET = 'the-webhook-secret-for-the-replay-tests'
const MINUTE = 60_000

function sign(body: string, timestamp = Date.now()): string {
  return `t=${timestamp},v1=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('base64url')}`
}

function webhookRequest(body: string, signature: string): Request {
  return new Request('http://localhost:3000/api/revalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
    body,
  })
}

type Handler = typeof import('@/lib/sanity/revalidate/handleWebhook').handleRevalidateWebhook

describe('replayed webhook deliveries', () => {
  let server: ContentLakeServer
  let topic: StoredDocument
  let edits = 0

  beforeAll(async () => {
    server = await startContentLakeServer({ token: TEST_TOKEN })
    expect((await seedServer(server)).code).toBe(0)
    topic = server.documents().find((stored) => stored._id === CRISIS_TOPIC.id) as StoredDocument
  })
  afterAll(() => server.close())
  beforeEach(() => {
    revalidated.splice(0)
    server.clearFailures()
  })

  /** A fresh body each time (a new edit), so tests never share a signature. */
  async function topicChange(): Promise<string> {
    edits += 1
    const after = { ...topic, description: `Edit ${edits}` }
    const value = await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), { before: topic, after, root: after })
    return JSON.stringify(await value.get())
  }

  /** Runs `use` with the handler of one module registry: one process, one memory of deliveries. */
  function withHandler<T>(
    use: (deliver: (body: string, signature: string) => Promise<number>) => Promise<T>,
    revalidate = async (tags: string[]) => {
      revalidated.push(...tags)
      return []
    },
  ) {
    return withEnv(sanityModeEnv(server, { SANITY_REVALIDATE_SECRET: SECRET }), async () => {
      const { handleRevalidateWebhook } = (await import('@/lib/sanity/revalidate/handleWebhook')) as {
        handleRevalidateWebhook: Handler
      }
      return use(
        async (body, signature) =>
          (
            await handleRevalidateWebhook(webhookRequest(body, signature), {
              secret: SECRET,
              waitForContentLake: false,
              revalidate,
            })
          ).status,
      )
    })
  }

  it('lets exactly one of 20 concurrent copies of a delivery through, and refuses the rest with 409', async () => {
    const body = await topicChange()
    const signature = sign(body)
    const statuses = await withHandler((deliver) =>
      Promise.all(Array.from({ length: 20 }, () => deliver(body, signature))),
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    // One delivery's tags, once each.
    expect(revalidated).toContain(`topic:${CRISIS_TOPIC.slug}`)
    expect(new Set(revalidated).size).toBe(revalidated.length)
  })

  it("forgets a delivery whose handling failed, so Sanity's retry of it passes, once", async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const body = await topicChange()
    const signature = sign(body)
    const statuses = await withHandler(async (deliver) => {
      server.inject({ kind: 'status', status: 500 }, { endpoint: 'query', times: 100 })
      const failed = await deliver(body, signature)
      server.clearFailures()
      const retried = await deliver(body, signature)
      const replayed = await deliver(body, signature)
      return [failed, retried, replayed]
    })
    expect(statuses).toEqual([502, 200, 409])
    jest.restoreAllMocks()
  })

  it("forgets a delivery whose pages could not be regenerated, so Sanity's retry of it passes, once", async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const body = await topicChange()
    const signature = sign(body)
    let failing = true
    const statuses = await withHandler(
      async (deliver) => {
        const failed = await deliver(body, signature)
        failing = false
        return [failed, await deliver(body, signature), await deliver(body, signature)]
      },
      async (tags) => {
        if (failing) throw new Error('could not regenerate /topics (timeout)')
        revalidated.push(...tags)
        return []
      },
    )
    expect(statuses).toEqual([502, 200, 409])
    expect(revalidated).toContain(`topic:${CRISIS_TOPIC.slug}`)
    jest.restoreAllMocks()
  })

  it('refuses a genuine delivery signed longer ago than Sanity retries, with 401, and revalidates nothing', async () => {
    const body = await topicChange()
    const status = await withHandler((deliver) => deliver(body, sign(body, Date.now() - REPLAY_WINDOW_MS - MINUTE)))
    expect(status).toBe(401)
    expect(revalidated).toEqual([])
  })

  it('refuses a delivery signed far in the future (a clock cannot be that wrong)', async () => {
    const body = await topicChange()
    const status = await withHandler((deliver) => deliver(body, sign(body, Date.now() + 60 * MINUTE)))
    expect(status).toBe(401)
    expect(revalidated).toEqual([])
  })

  it('accepts a delivery signed inside the window (a retry minutes later) and one from a clock a little ahead', async () => {
    const late = await topicChange()
    const ahead = await topicChange()
    const statuses = await withHandler(async (deliver) => [
      await deliver(late, sign(late, Date.now() - REPLAY_WINDOW_MS + MINUTE)),
      await deliver(ahead, sign(ahead, Date.now() + MINUTE)),
    ])
    expect(statuses).toEqual([200, 200])
  })
})
