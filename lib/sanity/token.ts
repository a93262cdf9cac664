import { serverEnv } from './serverEnv'

// The read token unlocks drafts: it must never reach a client bundle, hence server-only.
export const readToken: string | undefined = serverEnv.SANITY_API_READ_TOKEN
