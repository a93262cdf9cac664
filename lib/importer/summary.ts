import type { ArticleDocuments, Block } from './documents'

export interface Summary {
  articles: number
  /** Articles imported as drafts (private, password-protected, unpublished): counted in `articles` too. */
  drafts: number
  /** Posts and pages left out (drafts without --include-drafts, pages without --include-pages, trash...). */
  skipped: number
  sections: number
  takeaways: number
  faqs: number
  images: number
  redirects: number
  /** WordPress comments, which are not imported. */
  comments: number
  warnings: number
  errors: number
}

export const emptySummary = (): Summary => ({
  articles: 0,
  drafts: 0,
  skipped: 0,
  sections: 0,
  takeaways: 0,
  faqs: 0,
  images: 0,
  redirects: 0,
  comments: 0,
  warnings: 0,
  errors: 0,
})

function imagesIn(blocks: Block[] | undefined): number {
  return (blocks ?? []).reduce(
    (sum, block) => sum + (block._type === 'image' ? 1 : block._type === 'gallery' ? (block.images?.length ?? 0) : 0),
    0,
  )
}

/** Images an article's documents hold: its main image, body images and every gallery image. */
export function countImages({ article, faqs }: ArticleDocuments): number {
  return (
    (article.mainImage ? 1 : 0) +
    imagesIn(article.intro) +
    imagesIn(article.conclusion) +
    (article.sections ?? []).reduce((sum, section) => sum + imagesIn(section.body), 0) +
    faqs.reduce((sum, faq) => sum + imagesIn(faq.answer), 0)
  )
}

/** Adds one imported article to the running totals. */
export function addArticle(summary: Summary, imported: ArticleDocuments): void {
  const { article, takeaways, faqs } = imported
  summary.articles += 1
  if (article._id.startsWith('drafts.')) summary.drafts += 1
  summary.sections += article.sections?.length ?? 0
  summary.takeaways += takeaways.length
  summary.faqs += faqs.length
  summary.images += countImages(imported)
  summary.redirects += article.legacyUrls?.length ?? 0
}

export function summarize(imports: ArticleDocuments[], warnings: number, errors: number): Summary {
  const summary = { ...emptySummary(), warnings, errors }
  for (const imported of imports) addArticle(summary, imported)
  return summary
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

export function formatSummary(summary: Summary): string {
  return [
    plural(summary.articles, 'article'),
    ...(summary.drafts > 0 ? [`${summary.drafts} of them as ${summary.drafts === 1 ? 'a draft' : 'drafts'}`] : []),
    plural(summary.sections, 'section'),
    plural(summary.takeaways, 'takeaway'),
    plural(summary.faqs, 'FAQ'),
    plural(summary.images, 'image'),
    plural(summary.redirects, 'redirect'),
    ...(summary.skipped > 0 ? [`${summary.skipped} skipped`] : []),
    ...(summary.comments > 0 ? [`${plural(summary.comments, 'comment')} not imported`] : []),
    plural(summary.warnings, 'warning'),
    plural(summary.errors, 'error'),
  ].join(', ')
}
