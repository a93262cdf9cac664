// Next runs register() once when the server starts: a missing or malformed variable stops it
// there, with a message naming the variable, instead of at the first page that needs it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('./sanity/env')
  const { parseServerEnv } = await import('./lib/env/sanityServerEnv')
  parseServerEnv(process.env)
  const { parseEmbeddedIndexEnv, parseEmbeddedDatasetEnv } = await import('./lib/env/embeddedEnv')
  parseEmbeddedIndexEnv(process.env)
  parseEmbeddedDatasetEnv(process.env)
  const { parseSiteUrlEnv } = await import('./lib/env/siteUrlEnv')
  parseSiteUrlEnv(process.env)
}
