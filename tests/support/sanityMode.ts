import { runSeedCli } from '@/lib/importer/seedCli'
import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'

/** Long enough to pass the server variables' validation (tokens are at least 20 characters). */
export const TEST_TOKEN = 'sk-test-token-for-the-local-content-lake'

const SANITY_VARIABLES = [
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
  'SANITY_API_HOST',
  'SANITY_API_READ_TOKEN',
  'SANITY_API_WRITE_TOKEN',
  'SANITY_REVALIDATE_SECRET',
] as const

type Env = Partial<Record<(typeof SANITY_VARIABLES)[number], string>>

/** The variables that point the site at the local Content Lake, as a clinic would set them for its project. */
export function sanityModeEnv(server: ContentLakeServer, extra: Env = {}): Env {
  return {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'test',
    NEXT_PUBLIC_SANITY_DATASET: server.dataset,
    SANITY_API_HOST: server.url,
    SANITY_API_READ_TOKEN: server.token,
    ...extra,
  }
}

/**
 * Runs `load` with a fresh module registry under exactly these Sanity variables (the others
 * unset): the site reads its configuration when its modules load, so each mode needs its own.
 */
export async function withEnv<T>(env: Env, load: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(SANITY_VARIABLES.map((name) => [name, process.env[name]]))
  for (const name of SANITY_VARIABLES) {
    const value = env[name]
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  try {
    let result: T | undefined
    await jest.isolateModulesAsync(async () => {
      result = await load()
    })
    return result as T
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/** Loads the bundled dataset into the server with `npm run seed`'s own code. */
export async function seedServer(
  server: ContentLakeServer,
  argv: string[] = [],
): Promise<{ code: number; output: string[] }> {
  const output: string[] = []
  const code = await runSeedCli(
    argv,
    { log: (line) => output.push(line), error: (line) => output.push(line) },
    {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'test',
      NEXT_PUBLIC_SANITY_DATASET: server.dataset,
      SANITY_API_WRITE_TOKEN: server.token,
      SANITY_API_HOST: server.url,
    },
  )
  return { code, output }
}

/** A local Content Lake holding the bundled dataset, loaded by `npm run seed`'s own code; throws if seeding failed. */
export async function startSeededServer(options: { clockStart?: number } = {}): Promise<ContentLakeServer> {
  const server = await startContentLakeServer({ ...options, token: TEST_TOKEN })
  const seeded = await seedServer(server)
  if (seeded.code !== 0) {
    await server.close()
    throw new Error(`seeding the local Content Lake failed:\n${seeded.output.join('\n')}`)
  }
  return server
}
