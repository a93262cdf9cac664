import { blocksText } from './contentText'
import type { ArticleDocuments } from './documents'
import { htmlText } from './htmlContent'

/** Words as a reader counts them: runs of letters or digits, punctuation and symbols alone are not words. */
export function countWords(text: string): number {
  return text.split(/[\s\u00a0]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Visible words of post HTML: what a browser shows, without scripts, styles or the Easy-TOC box. */
export function htmlWordCount(html: string): number {
  return countWords(htmlText(html))
}

/** Words that arrived: title, intro, sections, takeaways, FAQs and conclusion of an import. */
export function documentWordCount({ article, takeaways, faqs }: ArticleDocuments): number {
  const texts = [
    article.title,
    ...blocksText(article.intro),
    ...article.sections.flatMap((section) => [section.heading, ...blocksText(section.body)]),
    ...takeaways.map((takeaway) => takeaway.text),
    ...(article.faqTitle ? [article.faqTitle] : []),
    ...faqs.flatMap((faq) => [faq.question, ...blocksText(faq.answer)]),
    ...blocksText(article.conclusion),
  ]
  return texts.reduce((sum, text) => sum + countWords(text), 0)
}
