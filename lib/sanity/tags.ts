// Cache tags shared by the fetch wrapper and the revalidation webhook, so both name a page alike.
// A tag names what a page shows: a page tags its fetches with its own tag(s) below, and the
// webhook (lib/sanity/revalidate) maps a changed document to the tags of every page showing it.
export const tags = {
  /** Site settings: the header, footer and metadata of every page. */
  settings: 'settings',
  /** Lists of article cards: home, blog index, feeds, sitemap. */
  articleList: 'articles',
  /**
   * One page of the newest-first article list (/blog is page 1, whose start the home page shows):
   * for an edit that keeps an article's place in the list, instead of the whole list.
   */
  articleListPage: (page: number | string) => `articles:page:${page}`,
  /** One article's page. */
  article: (slug: string) => `article:${slug}`,
  /** One article's social card: its own title and image, so only a change of that article reaches it. */
  articleCard: (slug: string) => `card:${slug}`,
  /** Topic names: home, topic index, sitemap, and article pages (their related-article cards name topics). */
  topicList: 'topics',
  /** One topic's page: its articles, takeaways and FAQs. */
  topic: (slug: string) => `topic:${slug}`,
  /** Lists of people: author index, sitemap. */
  personList: 'people',
  /** One person's page: their articles written and reviewed. */
  person: (slug: string) => `person:${slug}`,
  /** The FAQ page: every FAQ grouped by topic, linking to the articles that use it. */
  faqPage: 'faq-page',
  /** The redirect table: legacy article URLs and redirect documents. */
  redirects: 'redirects',
  /** Which documents are translations of which: the sitemap's hreflang alternates. */
  translationLinks: 'translations',
} as const
