import type { GetStaticPaths, GetStaticProps } from 'next'
import { parsePrerenderEnv } from '@/lib/env/prerenderEnv'
import type { ParsedUrlQuery } from 'node:querystring'
import { CDN_FRESH_SECONDS } from '@/lib/cdn/cacheHeaders'
import { paths } from '@/lib/navigation/paths'
import { pageCount, pageSlice, parsePageParam } from '@/lib/navigation/pagination'
import { movedTo } from '@/lib/navigation/redirectIfMoved'
import { readPublished } from '@/lib/sanity/isPreviewing'
import { getArticle } from '@/lib/sanity/queries/article'
import { getArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { getNewestArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getEditorialPolicy } from '@/lib/sanity/queries/editorialPolicy'
import { getFaqs, type FaqWithTopics } from '@/lib/sanity/queries/faqs'
import { getPeople } from '@/lib/sanity/queries/people'
import { getPerson } from '@/lib/sanity/queries/person'
import { getSettings } from '@/lib/sanity/queries/settings'
import { publishedSiteIndex, type SiteIndex } from '@/lib/sanity/queries/siteIndex'
import { getTopic } from '@/lib/sanity/queries/topic'
import { getTopics, type TopicSummary } from '@/lib/sanity/queries/topics'
import type { ArticleProps } from './article'
import type { BlogIndexProps } from './blogIndex'
import type { EditorialPolicyProps } from './editorialPolicy'
import type { HomeProps } from './home'
import type { IndexProps } from './indexPages'
import type { PersonProps } from './person'
import { notFound, type NoParams, type ReadingData, type ReadingProps, type SlugParams } from './readingRoute'
import type { TopicProps } from './topic'

const LATEST_COUNT = 6

/**
 * False when the site index (lib/sanity/queries/siteIndex.ts) shows `slug` is not among `pick`'s
 * slugs, so the page is a 404 without a Content Lake request of its own; true otherwise, and
 * always while an editor previews drafts, which no index holds.
 */
async function mayExist(slug: string, pick: (index: SiteIndex) => Set<string>): Promise<boolean> {
  const index = await publishedSiteIndex()
  return !index || pick(index).has(slug)
}

export const articleData: ReadingData<SlugParams, ArticleProps> = {
  async load({ slug }) {
    if (await mayExist(slug, (index) => index.articles)) {
      const [article, settings] = await Promise.all([getArticle(slug), getSettings()])
      if (article) return { props: { article, settings } }
    }
    // An old slug of a renamed article still leads to it.
    const moved = await movedTo(paths.article(slug))
    return moved ? { redirect: moved } : notFound
  },
}

export const topicData: ReadingData<SlugParams, TopicProps> = {
  async load({ slug }) {
    if (!(await mayExist(slug, (index) => index.topics))) return notFound
    const [topic, settings] = await Promise.all([getTopic(slug), getSettings()])
    return topic ? { props: { topic, settings } } : notFound
  },
}

export const personData: ReadingData<SlugParams, PersonProps> = {
  async load({ slug }) {
    if (!(await mayExist(slug, (index) => index.people))) return notFound
    const [person, settings] = await Promise.all([getPerson(slug), getSettings()])
    return person ? { props: { person, settings } } : notFound
  },
}

export const homeData: ReadingData<NoParams, HomeProps> = {
  async load() {
    const [articles, topics, settings] = await Promise.all([
      getLatestArticles(LATEST_COUNT),
      getTopics(),
      getSettings(),
    ])
    return { props: { articles, topics, settings } }
  },
}

/** `page` is the `?page=` value as sent (the proxy hands /blog?page=N to /blog/page/N); none is page 1. */
export type BlogIndexParams = { page?: string }

export const blogIndexData: ReadingData<BlogIndexParams, BlogIndexProps> = {
  async load({ page: raw }) {
    const page = parsePageParam(raw)
    if (page === null) return notFound
    // /blog?page=1 shows the same list as /blog: send it to the one URL.
    if (raw !== undefined && page === 1) return { redirect: { destination: paths.blog, permanent: true } }
    // A page beyond the last is a 404 without reading it (visitors may send any number).
    const index = await publishedSiteIndex()
    if (index && page > pageCount(index.articleCount)) return notFound
    const { start, end } = pageSlice(page)
    const [{ total, articles }, settings] = await Promise.all([getArticleIndex(start, end), getSettings()])
    if (page > pageCount(total)) return notFound
    return { props: { page, total, articles, settings } }
  },
}

function listData<Item>(load: () => Promise<Item[]>): ReadingData<NoParams, IndexProps<Item>> {
  return {
    async load() {
      const [items, settings] = await Promise.all([load(), getSettings()])
      return { props: { items, settings } }
    },
  }
}

export const topicsData = listData<TopicSummary>(getTopics)
export const peopleData = listData(getPeople)
export const faqData = listData<FaqWithTopics>(getFaqs)

export const editorialPolicyData: ReadingData<NoParams, EditorialPolicyProps> = {
  async load() {
    const [policy, settings] = await Promise.all([getEditorialPolicy(), getSettings()])
    return { props: { policy, settings } }
  },
}

/**
 * getStaticProps serializes props as JSON and refuses `undefined`, which zod leaves for an absent
 * optional field; a JSON round trip drops those keys, which is what absent means to every reader.
 */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * A reading page's getStaticProps for the Pages Router: static HTML generated ahead or on first
 * request (ISR), refreshed by the publish webhook through res.revalidate, always the published
 * version (drafts are previewed through the App Router).
 */
export function staticProps<Params extends ParsedUrlQuery, Props extends ReadingProps>(
  data: ReadingData<Params, Props>,
): GetStaticProps<Props, Params> {
  return async ({ params }) => {
    const loaded = await readPublished(() => data.load((params ?? {}) as Params))
    // Every answer, 404s and redirects included, is kept CDN_FRESH_SECONDS before Next regenerates
    // it on a visit: the CDN's lifetime (Next writes s-maxage from it), the bound on a webhook that
    // reached another instance or never came (a slug published meanwhile stops being a 404), and a
    // medical review running out shows its note without waiting for an edit.
    const revalidate = CDN_FRESH_SECONDS
    if ('redirect' in loaded) return { redirect: loaded.redirect, revalidate }
    if ('notFound' in loaded) return { notFound: true, revalidate }
    return { props: asJson(loaded.props), revalidate }
  }
}

/**
 * The paths a slug route builds ahead of any request; any other slug is generated on its first
 * request (a new article published after the build) or answers 404.
 */
export function prerenderSlugs(slugs: () => Promise<string[]>): GetStaticPaths<SlugParams> {
  return async () => ({
    paths: (await readPublished(slugs)).map((slug) => ({ params: { slug } })),
    fallback: 'blocking',
  })
}

/**
 * The articles a build renders ahead: the newest PRERENDER_ARTICLES, so a build takes as long at
 * 10,000 articles as at 200. Topic and person pages are few and all built ahead.
 */
export function newestArticleSlugs(): Promise<string[]> {
  return getNewestArticleSlugs(parsePrerenderEnv(process.env).articles)
}

/** The 500 page carries the site's chrome, read when the site is built. */
export const serverErrorPageProps: GetStaticProps<ReadingProps> = async () => ({
  props: { settings: await readPublished(getSettings) },
})
