import { createServer } from 'node:net'

/** A port on 127.0.0.1 that the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port')),
      )
    })
  })
}

/**
 * The port pinned by a variable (engineers sharing a machine use fixed ranges, e.g. E2E_PORT),
 * or a free one when it is unset.
 */
export async function portFor(pinned: string | undefined): Promise<number> {
  if (!pinned) return freePort()
  const port = Number(pinned)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`"${pinned}" is not a port number`)
  return port
}
