import 'server-only'

// The read token unlocks drafts: it must never reach a client bundle, hence server-only.
export const readToken: string | undefined = process.env.SANITY_API_READ_TOKEN || undefined
