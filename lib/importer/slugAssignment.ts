import { slugify } from '../content/slugify'
import { safeDecode } from './wordpressEntities'

export interface SlugCandidate {
  /** Unique per item (its position in the file); the result is keyed by it. */
  key: string
  postId: string
  /** WordPress's `post_name`, percent-encoded for non-ASCII slugs. */
  postName: string
  title: string
  /** Sortable date ("2023-05-15 09:00:00"); '' sorts first. */
  date: string
}

export interface SlugChange {
  key: string
  postId: string
  wanted: string
  slug: string
}

/** The slug a post asks for: its own (percent-decoded) slug, else its title's, else `post-<id>`. */
export function wantedSlug(candidate: Pick<SlugCandidate, 'postId' | 'postName' | 'title'>): string {
  return (
    slugify(safeDecode(candidate.postName)) ||
    slugify(candidate.title) ||
    `post-${slugify(candidate.postId) || 'untitled'}`
  )
}

const byAge = (a: SlugCandidate, b: SlugCandidate) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : Number(a.postId) - Number(b.postId) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * One slug per post, never refusing a post for its slug: the oldest post (by date, then post id)
 * keeps a contested slug, later ones get `-2`, `-3`, ... skipping any slug another post owns.
 * The same posts always get the same slugs, whatever their order in the file.
 */
export function assignSlugs(candidates: SlugCandidate[]): { slugs: Map<string, string>; changes: SlugChange[] } {
  const sorted = [...candidates].sort(byAge)
  const wanted = new Map(sorted.map((candidate) => [candidate.key, wantedSlug(candidate)]))
  const taken = new Set<string>()
  const slugs = new Map<string, string>()
  const changes: SlugChange[] = []
  // First pass: every post whose slug nobody older wants keeps it, so a suffix never steals one.
  const owners = new Map<string, string>()
  for (const candidate of sorted) {
    const slug = wanted.get(candidate.key) as string
    if (!owners.has(slug)) owners.set(slug, candidate.key)
  }
  for (const [slug] of owners) taken.add(slug)
  for (const candidate of sorted) {
    const slug = wanted.get(candidate.key) as string
    if (owners.get(slug) === candidate.key) {
      slugs.set(candidate.key, slug)
      continue
    }
    let n = 2
    while (taken.has(`${slug}-${n}`)) n += 1
    const unique = `${slug}-${n}`
    taken.add(unique)
    slugs.set(candidate.key, unique)
    changes.push({ key: candidate.key, postId: candidate.postId, wanted: slug, slug: unique })
  }
  return { slugs, changes }
}
