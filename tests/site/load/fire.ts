/**
 * The load generator, run by tests/site/load/run.ts as a process of its own so that it never
 * competes with the server inside one event loop:
 *
 *   node --import tsx tests/site/load/fire.ts '{"origin":…,"connections":…,"duration":…,"paths":[…]}'
 *
 * Every request picks a path at random from `paths` (repeated by weight), so the connections
 * do not march through the routes in step. Prints autocannon's report as JSON.
 */
import autocannon from 'autocannon'
import { z } from 'zod'

const configSchema = z.object({
  origin: z.url(),
  connections: z.number().int().positive(),
  duration: z.number().int().positive(),
  paths: z.array(z.string()).min(1),
})
const { origin, connections, duration, paths } = configSchema.parse(JSON.parse(process.argv[2] ?? '{}'))

autocannon({
  url: origin,
  connections,
  duration,
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        path: paths[Math.floor(Math.random() * paths.length)],
        headers: { accept: 'text/html' },
      }),
    },
  ],
}).then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
