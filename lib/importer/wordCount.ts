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

// Markers the import turns into structure, which the article page prints again as labels: "Key
// takeaway" above each takeaway (components/article/TakeawayCallout.tsx), "Conclusion" over the conclusion.
const TAKEAWAY_LABEL = 'Key takeaway'
const CONCLUSION_LABEL = 'Conclusion'

/** Words that arrived, as the article page shows them: title, intro, sections, takeaways, FAQs and conclusion. */
export function documentWordCount({ article, takeaways, faqs }: ArticleDocuments): number {
  const texts = [
    article.title,
    ...blocksText(article.intro),
    ...article.sections.flatMap((section) => [section.heading, ...blocksText(section.body)]),
    ...takeaways.flatMap((takeaway) => [TAKEAWAY_LABEL, takeaway.text]),
    ...(article.faqTitle ? [article.faqTitle] : []),
    ...faqs.flatMap((faq) => [faq.question, ...blocksText(faq.answer)]),
    ...(article.conclusion?.length ? [CONCLUSION_LABEL, ...blocksText(article.conclusion)] : []),
  ]
  return texts.reduce((sum, text) => sum + countWords(text), 0)
}
