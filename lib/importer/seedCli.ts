import { createClient } from '@sanity/client'
import { readBundledDataset } from '../dataset/bundledDataset'
import { seedDataset } from './seedDataset'
import { readSanityWriteEnv } from '../env/sanityWriteEnv'

export const SEED_USAGE = `Usage: npm run seed [-- --replace]

Loads the bundled content (sanity/dataset: documents and images) into the Sanity dataset named by
NEXT_PUBLIC_SANITY_PROJECT_ID and NEXT_PUBLIC_SANITY_DATASET, using SANITY_API_WRITE_TOKEN.

  --replace   the dataset already has content: overwrite the documents with the same ids
              (others are kept)`

export interface SeedIo {
  log: (line: string) => void
  error: (line: string) => void
}

/** The seed command, minus process handling, so tests run it in-process. Returns the exit code. */
export async function runSeedCli(argv: string[], io: SeedIo, env: Record<string, string | undefined>): Promise<number> {
  if (argv.includes('--help')) {
    io.log(SEED_USAGE)
    return 0
  }
  const unknown = argv.filter((arg) => arg !== '--replace')
  if (unknown.length > 0) {
    io.error(`Unknown option: ${unknown.join(' ')}\n\n${SEED_USAGE}`)
    return 2
  }
  const seedEnv = readSanityWriteEnv(env)
  if ('problem' in seedEnv) {
    io.error(`seed: ${seedEnv.problem}`)
    return 2
  }
  const client = createClient({
    projectId: seedEnv.projectId,
    dataset: seedEnv.dataset,
    token: seedEnv.token,
    apiVersion: '2025-02-19',
    useCdn: false,
    ...(seedEnv.apiHost ? { apiHost: seedEnv.apiHost, useProjectHostname: false } : {}),
  })
  const bundle = await readBundledDataset()
  io.log(
    `Seeding dataset "${seedEnv.dataset}" with ${bundle.documents.length} documents and ${bundle.assets.length} images…`,
  )
  const outcome = await seedDataset(client, bundle, { replace: argv.includes('--replace') })
  if (outcome.refused !== undefined) {
    io.error(`seed: ${outcome.refused}`)
    return 1
  }
  io.log(
    `Done: ${outcome.written} documents in ${outcome.transactions} transactions, ${outcome.uploadedImages} images uploaded.`,
  )
  return 0
}
