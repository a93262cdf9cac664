import { StructureError } from './errors'
import { isQuestion } from './lineShape'
import { isConclusionHeading, isFaqHeading, isKeyTakeaway, isTableOfContents, keyTakeawayText } from './markers'
import type { Element } from './parsedPost'
import { paragraph, type ParsedContent, type TextBlock } from './portableText'

export interface SectionDraft {
  heading: string
  aliases: string[]
  body: ParsedContent[]
  takeaway?: string
}

export interface FaqDraft {
  question: string
  answer: ParsedContent[]
}

export interface ArticleStructure {
  intro: ParsedContent[]
  sections: SectionDraft[]
  /** The FAQ block's own heading (e.g. "FAQs about …"), kept so no text of the post is lost. */
  faqTitle?: string
  faqs: FaqDraft[]
  conclusion: ParsedContent[]
  warnings: string[]
}

type Part = 'intro' | 'section' | 'faq' | 'conclusion'

function subHeading(text: string, level: 3 | 4): TextBlock {
  return { ...paragraph(text), style: level === 4 ? 'h4' : 'h3' }
}

function textOf(element: Element): string | undefined {
  return element.kind === 'image' || element.kind === 'object' ? undefined : element.text
}

// The FAQ block's shape is only known once it has been read: a heading like "FAQ: our clinic"
// followed by prose is an ordinary heading, and reading it again as one is simpler than undoing.
class NotAnFaqBlock extends Error {
  constructor(readonly headingIndex: number) {
    super('not an FAQ block')
  }
}

// A marker that breaks the article's pattern (a question with no answer, a second takeaway):
// strict reading refuses the post; lenient reading keeps that element as plain text and reads again.
class PatternBroken extends Error {
  constructor(
    readonly elementIndex: number,
    readonly where: string,
    problem: string,
  ) {
    super(problem)
  }
}

export interface StructureOptions {
  /**
   * WordPress posts were never written to this pattern, and every one of them must arrive: a
   * broken marker becomes text with a warning. The clinic's own plain-text posts stay strict.
   */
  lenient?: boolean
}

/**
 * The structure rules shared by every format: a level-2 heading (or, in plain text, the first
 * heading after the intro or after a key takeaway) opens a section; other headings inside a
 * section are its sub-headings; the paragraph after "Key Takeaway:" is the section's takeaway;
 * an "FAQs ..." heading (or Yoast's FAQ block) opens question/answer pairs; "Conclusion" opens
 * the conclusion. A post without headings is all intro: an article with no sections.
 */
export function detectStructure(elements: Element[], { lenient = false }: StructureOptions = {}): ArticleStructure {
  const ordinaryHeadings = new Set<number>()
  const asText = new Map<number, string>()
  for (;;) {
    try {
      const structure = detectWith(elements, ordinaryHeadings, asText)
      if (ordinaryHeadings.size > 0)
        structure.warnings.push(
          ...[...ordinaryHeadings].map(
            (index) =>
              `"${textOf(elements[index] as Element)}" has no questions after it, so it is kept as an ordinary heading`,
          ),
        )
      structure.warnings.push(...[...asText].map(([, warning]) => warning))
      return structure
    } catch (error) {
      if (error instanceof NotAnFaqBlock) ordinaryHeadings.add(error.headingIndex)
      else if (error instanceof PatternBroken && lenient && !asText.has(error.elementIndex)) {
        asText.set(error.elementIndex, `${error.message} (${error.where}): kept as text`)
      } else if (error instanceof PatternBroken) throw new StructureError(error.where, error.message)
      else throw error
    }
  }
}

function detectWith(
  elements: Element[],
  ordinaryHeadings: ReadonlySet<number>,
  asText: ReadonlyMap<number, string>,
): ArticleStructure {
  const result: ArticleStructure = { intro: [], sections: [], faqs: [], conclusion: [], warnings: [] }
  // Widened on purpose: openSection() changes it from inside a closure, which narrowing cannot see.
  let part = 'intro' as Part
  let current: SectionDraft | undefined
  let sectionClosed = false
  let faqHeadingIndex = -1
  let faqHeadingWhere = ''
  let pendingQuestion: { text: string; where: string; index: number } | undefined

  const openSection = (heading: string, aliases: string[]) => {
    current = { heading, aliases: [...aliases], body: [] }
    result.sections.push(current)
    sectionClosed = false
    part = 'section'
  }
  const closeFaqs = () => {
    if (pendingQuestion) throw unanswered(pendingQuestion)
    if (result.faqs.length === 0) {
      if (faqHeadingIndex >= 0) throw new NotAnFaqBlock(faqHeadingIndex)
      throw new StructureError(faqHeadingWhere, 'the FAQ block has no questions')
    }
  }
  const unanswered = (question: { text: string; where: string; index: number }) =>
    new PatternBroken(question.index, question.where, `FAQ question "${question.text}" has no answer`)
  const contentOf = (element: Exclude<Element, { kind: 'question' }>): ParsedContent => {
    if (element.kind === 'image') return element.image
    if (element.kind === 'object') return element.object
    if (element.kind === 'block') return element.block
    return subHeading(element.text, element.level === 4 ? 4 : 3)
  }
  const append = (content: ParsedContent) => {
    if (part === 'intro') result.intro.push(content)
    else if (part === 'conclusion') result.conclusion.push(content)
    else current?.body.push(content)
  }

  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index] as Element
    const text = textOf(element)

    if (text !== undefined && isTableOfContents(text)) continue

    if (asText.has(index)) {
      const content =
        element.kind === 'heading' || element.kind === 'question' ? paragraph(element.text) : contentOf(element)
      const lastFaq = part === 'faq' ? result.faqs.at(-1) : undefined
      if (lastFaq) lastFaq.answer.push(content)
      else append(content)
      continue
    }

    if ((element.kind === 'block' || element.kind === 'heading') && isKeyTakeaway(element.text)) {
      const inline = keyTakeawayText(element.text)
      const next = elements[index + 1]
      if (part !== 'section' || !current) {
        // A post without sections has nowhere to show a takeaway box; its words stay in the text.
        result.warnings.push(`"Key Takeaway:" outside a section (${element.where}) is kept as text`)
        append(contentOf(element))
        continue
      }
      if (current.takeaway !== undefined)
        throw new PatternBroken(index, element.where, `section "${current.heading}" already has a key takeaway`)
      if (inline) current.takeaway = inline
      else if (next?.kind === 'block') {
        current.takeaway = next.text
        index += 1
      } else throw new PatternBroken(index, element.where, '"Key Takeaway:" is not followed by a paragraph')
      sectionClosed = true
      continue
    }

    if (element.kind === 'question') {
      if (part !== 'faq') {
        if (result.faqs.length > 0) throw new PatternBroken(index, element.where, 'a second FAQ block')
        part = 'faq'
        faqHeadingIndex = -1
        faqHeadingWhere = element.where
      }
      if (pendingQuestion) throw unanswered(pendingQuestion)
      pendingQuestion = { text: element.text, where: element.where, index }
      continue
    }

    if (part === 'faq') {
      if (text !== undefined && isQuestion(text)) {
        if (pendingQuestion) throw unanswered(pendingQuestion)
        pendingQuestion = { text, where: element.where, index }
        continue
      }
      if (element.kind !== 'heading') {
        const content = contentOf(element)
        if (pendingQuestion) {
          result.faqs.push({ question: pendingQuestion.text, answer: [content] })
          pendingQuestion = undefined
        } else {
          const last = result.faqs.at(-1)
          if (!last) {
            if (faqHeadingIndex >= 0) throw new NotAnFaqBlock(faqHeadingIndex)
            throw new PatternBroken(index, element.where, 'the FAQ block must start with a question ending in "?"')
          }
          last.answer.push(content)
        }
        continue
      }
      closeFaqs()
    }

    if (element.kind === 'heading') {
      if (isFaqHeading(element.text) && part !== 'conclusion' && !ordinaryHeadings.has(index)) {
        if (result.faqs.length > 0) throw new PatternBroken(index, element.where, 'a second FAQ block')
        part = 'faq'
        result.faqTitle = element.text
        faqHeadingIndex = index
        faqHeadingWhere = element.where
        continue
      }
      if (isConclusionHeading(element.text) && (element.level ?? 2) === 2) {
        part = 'conclusion'
        continue
      }
      const opensSection =
        element.level === 2 ||
        (element.level === undefined && (part !== 'section' || sectionClosed) && part !== 'conclusion')
      if (opensSection) {
        openSection(element.text, element.aliases)
        continue
      }
      if (part === 'section' && current) current.aliases.push(...element.aliases)
    }
    append(contentOf(element))
  }
  if (part === 'faq') closeFaqs()

  const withoutTakeaway = result.sections.filter((section) => section.takeaway === undefined).length
  if (withoutTakeaway > 0)
    result.warnings.push(`${withoutTakeaway} of ${result.sections.length} sections have no key takeaway`)
  return result
}
