// Next runs register() once when the server starts: a missing or malformed variable stops it
// there, with a message naming the variable, instead of at the first page that needs it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { checkEnvironment } = await import('./lib/env/checkEnvironment')
  checkEnvironment(process.env)
  // Embedded mode: the search index is built in the background, not on the first search.
  const { isSanityMode } = await import('./sanity/env')
  if (!isSanityMode) (await import('./lib/sanity/embedded/search')).warmSearchIndex()
}
