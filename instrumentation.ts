// Next runs register() once when the server starts: a missing or malformed Sanity variable stops
// it there, with a message naming the variable, instead of at the first page that needs it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('./sanity/env')
  const { parseServerEnv } = await import('./lib/env/serverEnvSchema')
  parseServerEnv(process.env)
  const { parseEmbeddedIndexEnv } = await import('./lib/env/embeddedIndexEnv')
  parseEmbeddedIndexEnv(process.env)
}
