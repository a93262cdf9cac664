import type { ArticleDocuments, Block } from './documents'

export interface Summary {
  articles: number
  sections: number
  takeaways: number
  faqs: number
  images: number
  redirects: number
  warnings: number
  errors: number
}

const imagesIn = (blocks: Block[] | undefined) => (blocks ?? []).filter((block) => block._type === 'image').length

export function summarize(imports: ArticleDocuments[], warnings: number, errors: number): Summary {
  const summary: Summary = { articles: 0, sections: 0, takeaways: 0, faqs: 0, images: 0, redirects: 0, warnings, errors }
  for (const { article, takeaways, faqs } of imports) {
    summary.articles += 1
    summary.sections += article.sections.length
    summary.takeaways += takeaways.length
    summary.faqs += faqs.length
    summary.images +=
      (article.mainImage ? 1 : 0) +
      imagesIn(article.intro) +
      imagesIn(article.conclusion) +
      article.sections.reduce((sum, section) => sum + imagesIn(section.body), 0) +
      faqs.reduce((sum, faq) => sum + imagesIn(faq.answer), 0)
    summary.redirects += article.legacyUrls?.length ?? 0
  }
  return summary
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

export function formatSummary(summary: Summary): string {
  return [
    plural(summary.articles, 'article'),
    plural(summary.sections, 'section'),
    plural(summary.takeaways, 'takeaway'),
    plural(summary.faqs, 'FAQ'),
    plural(summary.images, 'image'),
    plural(summary.redirects, 'redirect'),
    plural(summary.warnings, 'warning'),
    plural(summary.errors, 'error'),
  ].join(', ')
}
