import { permanentRedirect, redirect } from 'next/navigation'
import { findRedirect, type RedirectTarget } from '../sanity/queries/redirect'
import { publishedSiteIndex } from '../sanity/queries/siteIndex'
import { legacyPathVariants, normalizePath } from './legacyPath'

/**
 * Where `path` now lives when it is an old address of a page (a legacy URL of an article, or a
 * redirect document), else null. Looked up at request time, so a new redirect in Sanity works
 * without a rebuild; a path the site index holds no spelling of is answered from the index, so
 * made-up addresses cost no Content Lake request.
 */
export async function movedTo(path: string): Promise<RedirectTarget | null> {
  const variants = legacyPathVariants(path)
  const index = await publishedSiteIndex()
  if (index && !variants.some((variant) => index.movedPaths.has(variant))) return null
  const target = await findRedirect(variants)
  // A redirect to the very path asked for would loop forever.
  if (!target || normalizePath(target.destination.split(/[?#]/)[0] ?? '') === normalizePath(path)) return null
  return target
}

/**
 * For App Router pages: answers the redirect (308, or 307 for a redirect document marked
 * temporary) when `path` has moved; returns when it has not, so the caller can answer 404.
 */
export async function redirectIfMoved(path: string): Promise<void> {
  const target = await movedTo(path)
  if (!target) return
  if (target.permanent) permanentRedirect(target.destination)
  redirect(target.destination)
}
