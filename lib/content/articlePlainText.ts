import { plainText } from './portableTextPlainText'
import type { Article } from '../sanity/queries/article'

/** The article's readable text in page order, for word counts and descriptions. */
export function articlePlainText(article: Article): string {
  return [
    plainText(article.intro),
    ...article.sections.flatMap((section) => [section.heading, plainText(section.body), section.takeaway?.text ?? '']),
    ...article.faqs.flatMap((faq) => [faq.question, plainText(faq.answer)]),
    plainText(article.conclusion),
  ].join('\n\n')
}
