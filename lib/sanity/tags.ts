// Cache tags shared by the fetch wrapper and the revalidation webhook, so both name a page alike.
export const tags = {
  settings: 'settings',
  articleList: 'articles',
  article: (slug: string) => `article:${slug}`,
  topicList: 'topics',
  topic: (slug: string) => `topic:${slug}`,
  person: (slug: string) => `person:${slug}`,
  faqPage: 'faq-page',
  redirects: 'redirects',
} as const
