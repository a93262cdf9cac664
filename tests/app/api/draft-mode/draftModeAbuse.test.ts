import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'
import { EXAMPLE_ARTICLE } from '../../../support/exampleContent'

// /api/draft-mode/enable in Sanity mode, against the local Content Lake holding the Studio's
// preview secrets. Draft mode must be switched on only for a secret the Studio created, and
// never send the editor to another site.

const enable = jest.fn()
const setCookie = jest.fn()
jest.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: false, enable, disable: jest.fn() }),
  cookies: async () => ({ get: () => undefined, set: setCookie }),
}))

type RouteModule = typeof import('@/app/api/draft-mode/enable/route')

const SHARED_SECRET = 'shared-preview-secret-made-by-the-studio'
const EXPIRED_SECRET = 'private-preview-secret-older-than-an-hour'

let lake: ContentLakeServer
let route: RouteModule

/** The route module as a server in Sanity mode, with a read token, loads it. */
function loadRoute(env: Record<string, string | undefined>): RouteModule {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name]
  let loaded: RouteModule | undefined
  jest.isolateModules(() => {
    loaded = jest.requireActual<RouteModule>('../../../../app/api/draft-mode/enable/route')
  })
  process.env = saved
  return loaded as RouteModule
}

function sanityEnv(token: string | undefined) {
  return {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'securitytest',
    NEXT_PUBLIC_SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: token,
  }
}

/** Calls GET; a redirect (Next's redirect() throws) is returned as its location. */
async function open(module: RouteModule, query: string): Promise<{ status: number; location?: string }> {
  try {
    const response = await module.GET(new Request(`http://site.test/api/draft-mode/enable${query}`))
    return { status: response.status }
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? ''
    if (!digest.startsWith('NEXT_REDIRECT;')) throw error
    const parts = digest.split(';')
    return { status: Number(parts.at(-2)), location: parts.slice(2, -2).join(';') }
  }
}

beforeAll(async () => {
  lake = await startContentLakeServer({ token: 'read-token-for-the-draft-mode-tests' })
  lake.seed([
    // The Presentation tool's shared-access secret (no expiry) and a per-session secret whose
    // one-hour lifetime has passed (the test server's clock starts in 2024).
    {
      _id: 'sanity-preview-url-secret.share-access',
      _type: 'sanity.previewUrlShareAccess',
      secret: SHARED_SECRET,
      studioUrl: 'http://site.test/studio',
    },
    {
      _id: 'sanity-preview-url-secret.expired',
      _type: 'sanity.previewUrlSecret',
      secret: EXPIRED_SECRET,
      studioUrl: 'http://site.test/studio',
    },
  ])
  route = loadRoute(sanityEnv(lake.token))
})
afterAll(() => lake.close())
beforeEach(() => {
  enable.mockClear()
  setCookie.mockClear()
})

describe('enabling draft mode', () => {
  it('works with the secret the Studio made (the control), and stays on this site', async () => {
    const result = await open(
      route,
      `?sanity-preview-secret=${SHARED_SECRET}&sanity-preview-pathname=${EXAMPLE_ARTICLE.path}`,
    )
    expect(result).toEqual({ status: 307, location: EXAMPLE_ARTICLE.path })
    expect(enable).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['without a secret', ''],
    ['with an empty secret', '?sanity-preview-secret='],
    ['with a wrong secret', '?sanity-preview-secret=guessed-secret'],
    ['with a secret differing in case', `?sanity-preview-secret=${SHARED_SECRET.toUpperCase()}`],
    ['with an expired secret', `?sanity-preview-secret=${EXPIRED_SECRET}`],
    ['with a GROQ-injection attempt as the secret', `?sanity-preview-secret=${encodeURIComponent('" || true || "')}`],
  ])('is refused %s: 401 and draft mode stays off', async (_name, query) => {
    const result = await open(route, query)
    expect(result.status).toBe(401)
    expect(enable).not.toHaveBeenCalled()
    expect(setCookie).not.toHaveBeenCalled()
  })

  it.each(['https://evil.example/phish', '//evil.example/phish', '/\\evil.example', 'javascript:alert(1)'])(
    'never redirects to another origin (pathname %s)',
    async (pathname) => {
      const result = await open(
        route,
        `?sanity-preview-secret=${SHARED_SECRET}&sanity-preview-pathname=${encodeURIComponent(pathname)}`,
      )
      expect(result.status).toBe(307)
      // Resolved as a browser resolves a Location header: same origin, same scheme.
      const target = new URL(result.location ?? '', 'http://site.test/api/draft-mode/enable')
      expect(target.origin).toBe('http://site.test')
    },
  )

  it('is unavailable without a read token on the server, and never enabled', async () => {
    const withoutToken = loadRoute(sanityEnv(undefined))
    const result = await open(withoutToken, `?sanity-preview-secret=${SHARED_SECRET}`)
    expect(result.status).toBe(503)
    expect(enable).not.toHaveBeenCalled()
  })

  it('does not exist in embedded mode, where there are no drafts', async () => {
    const embedded = loadRoute({ NEXT_PUBLIC_SANITY_PROJECT_ID: undefined })
    const result = await open(embedded, `?sanity-preview-secret=${SHARED_SECRET}`)
    expect(result.status).toBe(404)
    expect(enable).not.toHaveBeenCalled()
  })
})
