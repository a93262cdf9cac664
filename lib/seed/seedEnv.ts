import { parseServerEnv } from '../env/serverEnvSchema'
import { parseEnv } from '../env/parseEnv'
import { publicEnvSchema } from '../../sanity/env'

export interface SeedEnv {
  projectId: string
  dataset: string
  token: string
  apiHost: string | undefined
}

/** The site's own variables, checked by the site's own schemas, plus the write token seeding needs. */
export function readSeedEnv(env: Record<string, string | undefined>): SeedEnv | { problem: string } {
  try {
    const { NEXT_PUBLIC_SANITY_PROJECT_ID: projectId, NEXT_PUBLIC_SANITY_DATASET: dataset } = parseEnv(publicEnvSchema, env, 'Sanity')
    const { SANITY_API_WRITE_TOKEN: token, SANITY_API_HOST: apiHost } = parseServerEnv(env)
    if (!projectId) return { problem: 'NEXT_PUBLIC_SANITY_PROJECT_ID is not set: name the Sanity project to load the content into.' }
    if (!token) return { problem: 'SANITY_API_WRITE_TOKEN is not set: create a token with Editor rights at sanity.io/manage > API > Tokens.' }
    return { projectId, dataset, token, apiHost }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}
