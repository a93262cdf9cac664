import { defineQuery } from 'groq'
import { z } from 'zod'
import { isSanityMode } from '@/sanity/env'
import { sanityFetch } from '../fetch'
import { isPreviewing } from '../isPreviewing'
import { tags } from '../tags'
import { parseDocument } from '../validate'
import { listedArticleFilter } from './fragments'
import { storedLanguageSchema } from '../schemas/translations'
import { LANGUAGES, type Language } from '../../i18n/languages'

// What exists, in one small read: the slugs each slug page answers for (the pages' own
// conditions) in each language, hence how many articles each blog index lists, and every stored old path redirectQuery
// compares against (an article's legacy URLs, a redirect document's source), so an address that
// names none of them is a 404 without a Content Lake request of its own.
export const siteIndexQuery = defineQuery(`{
  "articles": *[${listedArticleFilter}]{ "slug": slug.current, language },
  "topics": *[_type == "topic" && defined(slug.current)]{ "slug": slug.current, language },
  "people": *[_type == "person" && defined(slug.current)].slug.current,
  "legacyUrls": *[${listedArticleFilter} && defined(legacyUrls)].legacyUrls[],
  "redirectSources": *[_type == "redirect" && defined(to)].from
}`)

// One malformed value must not hide the rest: anything but a string is simply not in the index.
const strings = z
  .array(z.unknown())
  .nullish()
  .transform((values) => (values ?? []).filter((value): value is string => typeof value === 'string'))

// Slugs per language: a slug is only unique within its language (/blog/x and /es/blog/x are two pages).
const slugsByLanguage = z
  .array(z.object({ slug: z.unknown(), language: storedLanguageSchema }).nullable())
  .nullish()
  .transform((entries) => {
    const slugs = Object.fromEntries(LANGUAGES.map((language) => [language, new Set<string>()])) as Record<
      Language,
      Set<string>
    >
    for (const entry of entries ?? [])
      if (entry && typeof entry.slug === 'string') slugs[entry.language].add(entry.slug)
    return slugs
  })

export const siteIndexSchema = z
  .object({
    articles: slugsByLanguage,
    topics: slugsByLanguage,
    people: strings,
    legacyUrls: strings,
    redirectSources: strings,
  })
  .transform(({ articles, topics, people, legacyUrls, redirectSources }) => ({
    articles,
    topics,
    people: new Set(people),
    /** Old paths exactly as stored: compare the spellings of lib/navigation/legacyPath.ts against them. */
    movedPaths: new Set([...legacyUrls, ...redirectSources]),
  }))
export type SiteIndex = z.infer<typeof siteIndexSchema>

/** How long one process answers from the index it read before reading it again. */
const SITE_INDEX_MAX_AGE_MS = 60_000

async function readSiteIndex(): Promise<SiteIndex> {
  const data = await sanityFetch({
    query: siteIndexQuery,
    tags: [tags.articleList, tags.topicList, tags.personList, tags.redirects],
    draftable: false,
    // Kept here for SITE_INDEX_MAX_AGE_MS and cleared by the webhook; the data cache would keep it longer.
    perVisitor: true,
  })
  const index = parseDocument(siteIndexSchema, data, 'siteIndexQuery')
  // A read that cannot be trusted must not turn every page into a 404: the caller retries next time.
  if (!index) throw new Error('siteIndexQuery returned no usable index')
  return index
}

// Next bundles each route on its own, each with its own copy of this module, and the webhook's
// route must clear the copy the pages read: the kept index belongs to the process, not the module.
const KEPT = Symbol.for('clinic-blog/site-index')
type Kept = { index: Promise<SiteIndex>; readAt: number } | null
const processWide = globalThis as typeof globalThis & { [KEPT]?: Kept }

/**
 * The site index, read at most once per SITE_INDEX_MAX_AGE_MS per process in Sanity mode;
 * concurrent callers share one request, and a failed read is not kept. Embedded mode reads the
 * in-process dataset each time: it has no Content Lake to spare.
 */
export function getSiteIndex(): Promise<SiteIndex> {
  if (!isSanityMode) return readSiteIndex()
  const now = Date.now()
  const kept = processWide[KEPT]
  if (kept && now - kept.readAt < SITE_INDEX_MAX_AGE_MS) return kept.index
  const entry = { index: readSiteIndex(), readAt: now }
  processWide[KEPT] = entry
  entry.index.catch(() => {
    if (processWide[KEPT] === entry) processWide[KEPT] = null
  })
  return entry.index
}

/** Drops the kept index, so a publish is visible at once on the instance its webhook reached. */
export function forgetSiteIndex(): void {
  processWide[KEPT] = null
}

/** The index of what is published; null while an editor previews drafts, which no index holds. */
export async function publishedSiteIndex(): Promise<SiteIndex | null> {
  return (await isPreviewing()) ? null : getSiteIndex()
}
