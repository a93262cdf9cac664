import { blocksText } from '@/lib/importer/contentText'
import type { ArticleDocuments } from '@/lib/importer/documents'

/** Every visible piece of text an import produced, in reading order (excerpt excluded: it repeats the intro). */
export function documentText({ article, takeaways, faqs }: ArticleDocuments): string[] {
  const takeawayText = new Map(takeaways.map((takeaway) => [takeaway._id, takeaway.text]))
  return [
    article.title,
    ...blocksText(article.intro),
    ...article.sections.flatMap((section) => [
      section.heading,
      ...blocksText(section.body),
      ...(section.takeaway ? [takeawayText.get(section.takeaway._ref) ?? ''] : []),
    ]),
    ...faqs.flatMap((faq) => [faq.question, ...blocksText(faq.answer)]),
    ...blocksText(article.conclusion),
  ]
}
