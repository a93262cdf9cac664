import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { apiResolver } from 'next/dist/server/api-utils/node/api-resolver'
import type { RevalidateFn } from 'next/dist/server/lib/router-utils/router-server-context'

type RouteModule = typeof import('@/pages/api/revalidate')

/** The build's preview mode id, as the route's res.revalidate sends it. */
export const PREVIEW_MODE_ID = 'preview-mode-id-of-this-build'

/**
 * The publish webhook (pages/api/revalidate.ts) as Next serves it: behind Next's own API resolver
 * on a real HTTP server on 127.0.0.1, with res.revalidate reaching `internalRevalidate`, the mock
 * of what Next's router server does for it (one call per page regenerated). `route()` gives the
 * module loaded the way the test needs (environment variables are read when it loads).
 */
export function webhookRoute(route: () => RouteModule) {
  const internalRevalidate = jest.fn<ReturnType<RevalidateFn>, Parameters<RevalidateFn>>(async () => undefined)
  const server = createServer((req, res) => {
    void apiResolver(
      req,
      res,
      {},
      route(),
      {
        previewModeId: PREVIEW_MODE_ID,
        previewModeEncryptionKey: 'preview-mode-encryption-key',
        previewModeSigningKey: 'preview-mode-signing-key',
        dev: false,
        internalRevalidate,
      },
      false,
      false,
      '/api/revalidate',
    )
  })
  return {
    internalRevalidate,
    /** The pages regenerated so far, in order. */
    regenerated: () => internalRevalidate.mock.calls.map(([{ urlPath }]) => urlPath),
    /** Starts listening on a free port; resolves with it. */
    async listen(): Promise<number> {
      server.listen(0, '127.0.0.1')
      await once(server, 'listening')
      return (server.address() as AddressInfo).port
    },
    async close(): Promise<void> {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}
