import type { GetServerSideProps, GetStaticPaths, GetStaticProps } from 'next'
import { parsePrerenderEnv } from '@/lib/env/prerenderEnv'
import type { ParsedUrlQuery } from 'node:querystring'
import { CDN_FRESH_SECONDS } from '@/lib/cdn/cacheHeaders'
import { pathsFor, type PagePaths } from '@/lib/navigation/paths'
import { DEFAULT_LANGUAGE, type Language, type PageTranslation } from '@/lib/i18n/languages'
import type { TranslationLinks } from '@/lib/sanity/schemas/translations'
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
import { searchArticles } from '@/lib/sanity/queries/search'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import { parseSearchInput } from '@/lib/content/searchInput'
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
import type { SearchProps } from './search'
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

/**
 * The settings of a page in `language`, or null when the clinic does not publish that language
 * (its settings do not list it): every page in it is then a 404.
 */
async function settingsIn(language: Language): Promise<SiteSettings | null> {
  const settings = await getSettings(language)
  return settings.languages.includes(language) ? settings : null
}

/** Every published language's version of a page that exists in each of them (the lists, people). */
function everyLanguage(settings: SiteSettings, path: (pages: PagePaths) => string): PageTranslation[] {
  return settings.languages.map((language) => ({ language, path: path(pathsFor(language)) }))
}

/**
 * The language versions of a translated document's page: its own, and each linked translation
 * that readers can reach in a published language (the query already dropped unreachable ones).
 */
function linkedVersions(
  settings: SiteSettings,
  own: { language: Language; slug: string },
  links: TranslationLinks,
  path: (pages: PagePaths, slug: string) => string,
): PageTranslation[] {
  const versions = [own, ...links.filter((link) => link.language !== own.language)]
  return versions
    .filter((version) => settings.languages.includes(version.language))
    .map(({ language, slug }) => ({ language, path: path(pathsFor(language), slug) }))
}

export const articleData: ReadingData<SlugParams, ArticleProps> = {
  async load({ slug }, language) {
    // The site index first: an unknown slug is a 404 without any other read.
    const settings = (await mayExist(slug, (index) => index.articles[language])) ? await settingsIn(language) : null
    if (settings) {
      const article = await getArticle(slug, language)
      if (article) {
        const translations = linkedVersions(settings, { language, slug }, article.translations, (pages, to) =>
          pages.article(to),
        )
        return { props: { article, settings, translations } }
      }
    }
    // An old slug of a renamed article still leads to it.
    const moved = await movedTo(pathsFor(language).article(slug))
    return moved ? { redirect: moved } : notFound
  },
}

export const topicData: ReadingData<SlugParams, TopicProps> = {
  async load({ slug }, language) {
    if (!(await mayExist(slug, (index) => index.topics[language]))) return notFound
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const topic = await getTopic(slug, language)
    if (!topic) return notFound
    const translations = linkedVersions(settings, { language, slug }, topic.translations, (pages, to) =>
      pages.topic(to),
    )
    return { props: { topic, settings, translations } }
  },
}

export const personData: ReadingData<SlugParams, PersonProps> = {
  async load({ slug }, language) {
    if (!(await mayExist(slug, (index) => index.people))) return notFound
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const person = await getPerson(slug, language)
    if (!person) return notFound
    return { props: { person, settings, translations: everyLanguage(settings, (pages) => pages.author(slug)) } }
  },
}

export const homeData: ReadingData<NoParams, HomeProps> = {
  async load(_params, language) {
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const [articles, topics] = await Promise.all([getLatestArticles(LATEST_COUNT, language), getTopics(language)])
    return { props: { articles, topics, settings, translations: everyLanguage(settings, (pages) => pages.home) } }
  },
}

/** `page` is the `?page=` value as sent (the proxy hands /blog?page=N to /blog/page/N); none is page 1. */
export type BlogIndexParams = { page?: string }

export const blogIndexData: ReadingData<BlogIndexParams, BlogIndexProps> = {
  async load({ page: raw }, language) {
    const page = parsePageParam(raw)
    if (page === null) return notFound
    const pages = pathsFor(language)
    // /blog?page=1 shows the same list as /blog: send it to the one URL.
    if (raw !== undefined && page === 1) return { redirect: { destination: pages.blog, permanent: true } }
    // A page beyond the last is a 404 without reading it (visitors may send any number).
    const index = await publishedSiteIndex()
    if (index && page > pageCount(index.articles[language].size)) return notFound
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const { start, end } = pageSlice(page)
    const { total, articles } = await getArticleIndex(start, end, language)
    if (page > pageCount(total)) return notFound
    // Page N of one language's list holds other articles than page N of another's: only the first
    // pages are the same page in two languages.
    const translations =
      page === 1 ? everyLanguage(settings, (other) => other.blog) : [{ language, path: pages.blogPage(page) }]
    return { props: { page, total, articles, settings, translations } }
  },
}

function listData<Item>(
  load: (language: Language) => Promise<Item[]>,
  path: (pages: PagePaths) => string,
): ReadingData<NoParams, IndexProps<Item>> {
  return {
    async load(_params, language) {
      const settings = await settingsIn(language)
      if (!settings) return notFound
      const items = await load(language)
      return { props: { items, settings, translations: everyLanguage(settings, path) } }
    },
  }
}

export const topicsData = listData<TopicSummary>(getTopics, (pages) => pages.topics)
// People are not translated: every language lists everyone with a published article.
export const peopleData = listData(
  () => getPeople(),
  (pages) => pages.authors,
)
export const faqData = listData<FaqWithTopics>(getFaqs, (pages) => pages.faq)

export const editorialPolicyData: ReadingData<NoParams, EditorialPolicyProps> = {
  async load(_params, language) {
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const policy = await getEditorialPolicy(language)
    return { props: { policy, settings, translations: everyLanguage(settings, (pages) => pages.editorialPolicy) } }
  },
}

/** The search's `?q=` as sent (a repeated one is an array: parseSearchInput reads its first value). */
export type SearchParams = { q?: string | string[] }

export const searchData: ReadingData<SearchParams, SearchProps> = {
  async load({ q }, language) {
    const settings = await settingsIn(language)
    if (!settings) return notFound
    const input = parseSearchInput(q)
    const { total, hits } = await searchArticles(input.terms, language)
    return {
      props: { settings, translations: everyLanguage(settings, (pages) => pages.search), input, total, hits },
    }
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
  language: Language = DEFAULT_LANGUAGE,
): GetStaticProps<Props, Params> {
  return async ({ params }) => {
    const loaded = await readPublished(() => data.load((params ?? {}) as Params, language))
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
 * A page rendered on every request with the Pages Router (getServerSideProps): the search, whose
 * results depend on the query string. No JavaScript either, and Next answers it with no-store. An
 * outage of the Content Lake reaches the 500 page (pages/500.tsx), drawn when the site was built.
 */
export function serverProps<Params extends ParsedUrlQuery, Props extends ReadingProps>(
  data: ReadingData<Params, Props>,
  language: Language,
): GetServerSideProps<Props> {
  return async ({ query }) => {
    const loaded = await readPublished(() => data.load(query as Params, language))
    if ('redirect' in loaded) return { redirect: loaded.redirect }
    if ('notFound' in loaded) return { notFound: true }
    return { props: asJson(loaded.props) }
  }
}

/**
 * The paths a slug route builds ahead of any request; any other slug is generated on its first
 * request (a new article published after the build) or answers 404.
 */
export function prerenderSlugs(
  slugs: (language: Language) => Promise<string[]>,
  language: Language = DEFAULT_LANGUAGE,
): GetStaticPaths<SlugParams> {
  return async () => ({
    paths: (await readPublished(() => slugs(language))).map((slug) => ({ params: { slug } })),
    fallback: 'blocking',
  })
}

/**
 * The articles a build renders ahead: the newest PRERENDER_ARTICLES, so a build takes as long at
 * 10,000 articles as at 200. Topic and person pages are few and all built ahead.
 */
export function newestArticleSlugs(language: Language): Promise<string[]> {
  return getNewestArticleSlugs(parsePrerenderEnv(process.env).articles, language)
}

/** The 500 page carries the site's chrome, read when the site is built. */
export const serverErrorPageProps: GetStaticProps<ReadingProps> = async () => ({
  props: { settings: await readPublished(() => getSettings()), translations: [] },
})
