/**
 * Stable document ids (docs/content-model.md): derived from slugs and positions, never random,
 * so re-importing the same post replaces its documents instead of adding new ones.
 * Slugs contain no dots, so none of these ids is private in the Content Lake.
 */

export const articleId = (slug: string) => `article-${slug}`
export const takeawayId = (slug: string, n: number) => `takeaway-${slug}-${n}`
export const faqId = (slug: string, n: number) => `faq-${slug}-${n}`
export const topicId = (slug: string) => `topic-${slug}`
export const personId = (slug: string) => `person-${slug}`
