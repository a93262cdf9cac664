import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { pathsFor } from '@/lib/navigation/paths'
import { storedLanguageSchema } from '../schemas/translations'
import { parseDocument } from '../validate'
import { listedArticleFilter } from './fragments'

// Where an old path leads: an article that lists it among its legacy URLs wins over a redirect
// document, because the article knows its own current slug. $paths holds the spellings of
// the requested path (lib/navigation/legacyPath.ts).
export const redirectQuery = defineQuery(`{
  "article": *[${listedArticleFilter} && count(legacyUrls[@ in $paths]) > 0] | order(publishedAt desc)[0]{ "slug": slug.current, language },
  "redirect": *[_type == "redirect" && from in $paths && defined(to)] | order(_updatedAt desc)[0]{ to, permanent }
}`)

// A site path only: "//host" or "https://..." would send readers off the site.
const sitePath = z.string().regex(/^\/(?!\/)[^\s\\]*$/, 'a path on this site, starting with a single /')

export const redirectSchema = z.object({
  article: z.object({ slug: z.string().min(1), language: storedLanguageSchema }).nullish(),
  redirect: z.object({ to: sitePath, permanent: z.boolean().nullish() }).nullish(),
})

export type RedirectTarget = { destination: string; permanent: boolean }

/** Where a moved page now lives (given the spellings of its old path), or null when none was known. */
export async function findRedirect(pathVariants: string[]): Promise<RedirectTarget | null> {
  const data = await sanityFetch({
    query: redirectQuery,
    params: { paths: pathVariants },
    tags: [tags.redirects],
    perVisitor: true,
  })
  const found = parseDocument(redirectSchema, data, 'redirectQuery')
  if (found?.article)
    return { destination: pathsFor(found.article.language).article(found.article.slug), permanent: true }
  if (found?.redirect) return { destination: found.redirect.to, permanent: found.redirect.permanent !== false }
  return null
}
