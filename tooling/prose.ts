import type { Random } from './random'

type Doc = Record<string, unknown>
type Block = Record<string, unknown>

/**
 * Real sentences, headings, questions and takeaways taken from the bundled dataset, recombined
 * at random: generated articles read (and weigh) like the clinic's own, not like lorem ipsum.
 */
export type ProsePool = { sentences: string[]; headings: string[]; questions: string[]; takeaways: string[] }

function spanText(block: unknown): string {
  const children = (block as { children?: { text?: unknown }[] }).children ?? []
  return children.map((child) => (typeof child.text === 'string' ? child.text : '')).join('')
}

function blocksOf(value: unknown): Block[] {
  return Array.isArray(value) ? (value as Block[]).filter((block) => block._type === 'block') : []
}

export function prosePool(documents: Doc[]): ProsePool {
  const pool: ProsePool = { sentences: [], headings: [], questions: [], takeaways: [] }
  const addText = (blocks: Block[]) => {
    for (const block of blocks) {
      const text = spanText(block).trim()
      if (!text) continue
      if (block.style === 'h3' || block.style === 'h4') pool.headings.push(text)
      // The bundled samples say they are samples; that line says nothing about health.
      else
        pool.sentences.push(
          ...text
            .split(/(?<=[.!?])\s+/)
            .filter((sentence) => sentence.length > 20 && !/sample content/i.test(sentence)),
        )
    }
  }
  for (const doc of documents) {
    if (doc._type === 'article') {
      addText(blocksOf(doc.intro))
      addText(blocksOf(doc.conclusion))
      for (const section of (doc.sections as Doc[] | undefined) ?? []) {
        if (typeof section.heading === 'string') pool.headings.push(section.heading)
        addText(blocksOf(section.body))
      }
    }
    if (doc._type === 'faq' && typeof doc.question === 'string') pool.questions.push(doc.question)
    if (doc._type === 'faq') addText(blocksOf(doc.answer))
    if (doc._type === 'takeaway' && typeof doc.text === 'string') pool.takeaways.push(doc.text)
  }
  for (const [name, list] of Object.entries(pool))
    if (list.length === 0) throw new Error(`bundled dataset has no ${name} to build from`)
  return pool
}

export function sentences(random: Random, pool: ProsePool, min: number, max: number): string {
  return Array.from({ length: random.int(min, max) }, () => random.pick(pool.sentences)).join(' ')
}

type Annotation = { _type: string; [field: string]: unknown }

/** A portable-text block; `link` makes its first words a link (external URL or article reference). */
export function block(
  key: string,
  style: string,
  text: string,
  link?: Annotation,
  listItem?: 'bullet' | 'number',
): Block {
  const markDefs = link ? [{ ...link, _key: 'link0' }] : []
  const cut = link ? text.indexOf(' ', Math.min(30, text.length - 1)) : -1
  const children =
    cut > 0
      ? [
          { _type: 'span', _key: 'span0', text: text.slice(0, cut), marks: ['link0'] },
          { _type: 'span', _key: 'span1', text: text.slice(cut), marks: [] },
        ]
      : [{ _type: 'span', _key: 'span0', text, marks: [] }]
  return {
    _type: 'block',
    _key: key,
    style,
    markDefs: cut > 0 ? markDefs : [],
    children,
    ...(listItem ? { listItem, level: 1 } : {}),
  }
}

export function paragraphs(random: Random, pool: ProsePool, min: number, max: number): Block[] {
  return Array.from({ length: random.int(min, max) }, (_, index) =>
    block(`block${index}`, 'normal', sentences(random, pool, 2, 4)),
  )
}
