import type { ArticleDocuments, Block } from '../../lib/importer/documents'

function blocksText(blocks: Block[] | undefined): string[] {
  return (blocks ?? []).map((block) => (block._type === 'image' ? (block.caption ?? '') : block.children.map((span) => span.text).join('')))
}

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
