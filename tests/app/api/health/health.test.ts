import packageJson from '@/package.json'
import { startContentLakeServer } from '@/tooling/contentLakeServer'
import { sanityModeEnv, withEnv } from '../../../support/sanityMode'

type HealthRoute = typeof import('@/app/api/health/route')
const loadRoute = () => import('@/app/api/health/route') as Promise<HealthRoute>

describe('/api/health', () => {
  it('answers 200 with the version and the content mode, uncached and not indexed', async () => {
    const route = await withEnv({}, loadRoute)
    const response = route.GET()
    expect(route.dynamic).toBe('force-dynamic')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    expect(await response.json()).toEqual({ status: 'ok', version: packageJson.version, contentMode: 'embedded' })
  })

  it('says sanity when a project is configured, without asking the Content Lake anything', async () => {
    const server = await startContentLakeServer()
    try {
      const route = await withEnv(sanityModeEnv(server), loadRoute)
      expect(await route.GET().json()).toMatchObject({ contentMode: 'sanity' })
      expect(server.requests).toHaveLength(0)
    } finally {
      await server.close()
    }
  })
})
