import { permanentRedirect, redirect } from 'next/navigation'
import { findRedirect } from '../sanity/queries/redirect'
import { legacyPathVariants, normalizePath } from './legacyPath'

/**
 * Answers a redirect (308, or 307 for a redirect document marked temporary) when `path` is an
 * old address of a page; returns when it is not, so the caller can answer 404. Redirects are
 * looked up at request time, so a new one in Sanity works without a rebuild.
 */
export async function redirectIfMoved(path: string): Promise<void> {
  const target = await findRedirect(legacyPathVariants(path))
  // A redirect to the very path asked for would loop forever.
  if (!target || normalizePath(target.destination.split(/[?#]/)[0] ?? '') === normalizePath(path)) return
  if (target.permanent) permanentRedirect(target.destination)
  redirect(target.destination)
}
