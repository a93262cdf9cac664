import { pageOfPosition } from '@/lib/navigation/pagination'
import { tags } from '../tags'
import type { PagesShowingDocument } from '../queries/pagesShowingDocument'
import type { DocumentState, WebhookBody } from './webhook'

function states(body: WebhookBody): DocumentState[] {
  return [body.before, body.after].filter((state): state is DocumentState => Boolean(state))
}

/** The slugs the document had before and has after the change: a renamed page needs both. */
function ownSlugs(body: WebhookBody): string[] {
  return states(body).flatMap((state) => (state.slug ? [state.slug] : []))
}

function hadAny(body: WebhookBody, count: (state: DocumentState) => number | null | undefined): boolean {
  return states(body).some((state) => (count(state) ?? 0) > 0)
}

/**
 * Whether an article was listed before and after the change at the same place in the newest-first
 * list: same date, and the same people (whether it is listed also depends on its author's name and
 * page). Then the lists change only where it is shown. A body without `listed` cannot tell.
 */
function keepsPlaceInList({ before, after }: WebhookBody): boolean {
  return (
    before?.listed === true &&
    after?.listed === true &&
    typeof after.publishedAt === 'string' &&
    after.publishedAt === before.publishedAt &&
    sameList(after.people, before.people)
  )
}

/**
 * The cache tags to revalidate for one changed document: its own page and every page that shows
 * it, as `pages` (looked up in the Content Lake) reports them. Sorted and without repeats.
 */
export function tagsForChange(body: WebhookBody, pages: PagesShowingDocument): string[] {
  const articlePages = pages.articles.map(tags.article)
  const topicPages = pages.topics.map(tags.topic)
  const personPages = pages.people.map(tags.person)
  const found: string[] = []
  switch (body._type) {
    case 'article':
      found.push(
        ...ownSlugs(body).map(tags.article),
        keepsPlaceInList(body) ? tags.articleListPage(pageOfPosition(pages.newer)) : tags.articleList,
        ...articlePages,
        ...topicPages,
        ...personPages,
        // Its translations link to it (language switcher, hreflang) by its slug.
        ...pages.translated.articles.map(tags.article),
      )
      // The card of the address it has now, if it still has one (a card of an address it left, or
      // of an article no longer listed, keeps its cache lifetime).
      if (body.after?.slug && body.after.listed !== false) found.push(tags.articleCard(body.after.slug))
      // The FAQ page links each FAQ to the articles using it; redirects point at the article's URL.
      if (hadAny(body, (state) => state.faqCount)) found.push(tags.faqPage)
      if (hadAny(body, (state) => state.legacyUrlCount)) found.push(tags.redirects)
      break
    case 'faq':
      found.push(tags.faqPage, ...articlePages, ...topicPages)
      break
    case 'takeaway':
      found.push(...articlePages, ...topicPages)
      // Search results quote takeaways, and search reads through the article-list tag.
      if (articlePages.length > 0) found.push(tags.articleList)
      break
    case 'topic':
      // Article cards and the FAQ page show topic names.
      found.push(...ownSlugs(body).map(tags.topic), tags.topicList, tags.articleList, tags.faqPage, ...articlePages)
      found.push(...pages.translated.topics.map(tags.topic))
      break
    case 'person':
      // Bylines on articles and in article lists (the feed) name the author; and an article is listed
      // only while its author has a name and a page, so the FAQ page's links and the redirects to
      // the author's articles depend on the person too.
      found.push(...ownSlugs(body).map(tags.person), tags.personList, ...articlePages)
      if (articlePages.length > 0) found.push(tags.articleList, tags.faqPage, tags.redirects)
      break
    case 'siteSettings':
      found.push(tags.settings)
      break
    case 'redirect':
      found.push(tags.redirects)
      break
    case 'translation.metadata':
      // The documents it links, before and after (one unlinked shows no link to the others any more).
      found.push(...pages.translated.articles.map(tags.article), ...pages.translated.topics.map(tags.topic))
      found.push(tags.translationLinks)
      break
  }
  return [...new Set(found)].sort()
}

const sameList = (a: string[], b: string[]) => a.join('\n') === b.join('\n')
const sameSet = (a: string[], b: string[]) => sameList([...a].sort(), [...b].sort())

/**
 * Where an article stood in other articles' related lists before the change, when the change may
 * have moved it: the pages that showed it then must be regenerated too, and the lookup reads only
 * the current content. An article's place among the others' topic-related candidates depends on
 * its topics, its date and whether it is listed (its own fields, and its author's name and page:
 * a change of people counts);
 * the other articles did not change. So when none of these changed (a title or body edit) it
 * stands where it stood, and the current lookup finds every page that shows it; otherwise, if it
 * was listed before, the pages that may have shown it are added. A body without `listed` (a webhook
 * set up with an older projection) cannot tell: then it is treated as moved, with no date, which
 * regenerates every article sharing its topics: more than needed, never a stale card.
 */
function placeBefore(body: WebhookBody): { beforeTopicIds: string[]; beforePublishedAt: string | null } {
  const { before, after } = body
  const none = { beforeTopicIds: [], beforePublishedAt: null }
  if (body._type !== 'article' || !before || before.listed === false) return none
  const known = typeof before.listed === 'boolean' && typeof after?.listed === 'boolean'
  const moved =
    !known ||
    !after ||
    after.listed !== before.listed ||
    after.publishedAt !== before.publishedAt ||
    !sameList(after.people, before.people) ||
    !sameSet(after.topics, before.topics)
  if (!moved) return none
  return { beforeTopicIds: before.topics, beforePublishedAt: known ? (before.publishedAt ?? null) : null }
}

/** What to look up for a change: the documents it points to, before and after. */
export function lookupFor(body: WebhookBody) {
  const all = states(body)
  const topicIds = [...new Set(all.flatMap((state) => state.topics))]
  return {
    id: body._id,
    topicIds,
    personIds: [...new Set(all.flatMap((state) => state.people))],
    translationIds: [...new Set(all.flatMap((state) => state.translations))],
    sharedTopicIds: body._type === 'article' ? topicIds : [],
    // Unknown (an older projection) is null, which keeps every shared topic open: more, never fewer.
    publishedAt: body._type === 'article' ? (body.after?.publishedAt ?? null) : null,
    ...placeBefore(body),
  }
}
