import { detectStructure } from '@/lib/importer/structure'
import { paragraph } from '@/lib/importer/portableText'
import { parseText } from '@/lib/importer/textParser'

const NBSP = '\u00a0'

function structureOf(text: string) {
  const post = parseText(text, 'My Post', {}, () => undefined)
  return { post, structure: detectStructure(post.elements) }
}

const POST = [
  'A Title',
  '',
  'Intro paragraph one.',
  'Table Of Contents:',
  'First Section',
  'Body of the first section.',
  'A Sub-heading',
  'More text here.',
  NBSP,
  `Key Takeaway:${NBSP}`,
  NBSP,
  `${NBSP}${NBSP}`,
  `The first takeaway.${NBSP}`,
  'Second Section',
  'Text before the picture.',
  'A cat asleep on a sofa',
  'Another Sub-heading',
  'Text after the picture.',
  'Key Takeaway:',
  'The second takeaway.',
  'FAQs about Cats',
  'Do cats sleep a lot?',
  'Yes, most of the day.',
  'Can a very long question that goes on and on with many more words than any heading would ever have be asked?',
  'It can.',
  'It can even have a second paragraph.',
  'Conclusion',
  'The end.',
].join('\n')

describe('plain-text structure', () => {
  it('infers sections from key takeaways and sub-headings from the lines between', () => {
    const { post, structure } = structureOf(POST)
    expect(post.title).toBe('A Title')
    expect(post.slug).toBe('my-post')
    expect(structure.sections.map((section) => section.heading)).toEqual(['First Section', 'Second Section'])
    expect(structure.sections.map((section) => section.takeaway)).toEqual([
      'The first takeaway.',
      'The second takeaway.',
    ])
    expect(structure.sections[0]?.body).toMatchObject([
      { style: 'normal' },
      { style: 'h3', children: [{ text: 'A Sub-heading' }] },
      { style: 'normal' },
    ])
    expect(structure.intro).toHaveLength(1)
    expect(structure.conclusion).toMatchObject([{ children: [{ text: 'The end.' }] }])
  })

  it('reads a heading-like line followed by another heading-like line as an image caption', () => {
    const { structure } = structureOf(POST)
    expect(structure.sections[1]?.body).toMatchObject([
      { _type: 'block', style: 'normal' },
      { _type: 'image', alt: 'A cat asleep on a sofa', caption: 'A cat asleep on a sofa' },
      { _type: 'block', style: 'h3' },
      { _type: 'block', style: 'normal' },
    ])
  })

  it('pairs FAQ questions with their answers, however long the question and however many paragraphs the answer', () => {
    const { structure } = structureOf(POST)
    expect(structure.faqs.map((faq) => [faq.question, faq.answer.length])).toEqual([
      ['Do cats sleep a lot?', 1],
      [
        'Can a very long question that goes on and on with many more words than any heading would ever have be asked?',
        2,
      ],
    ])
  })

  it('keeps Easy-TOC ids of a section and its sub-headings as anchor aliases when the post had a table of contents', () => {
    const { structure } = structureOf(POST)
    expect(structure.sections[0]?.aliases).toEqual(['First_Section', 'A_Sub-heading'])
    expect(structureOf(POST.replace('Table Of Contents:\n', '')).structure.sections[0]?.aliases).toEqual([])
  })

  it('names the line of an FAQ question that has no answer', () => {
    const broken = POST.replace('Yes, most of the day.\n', '')
    expect(() => structureOf(broken)).toThrow(
      expect.objectContaining({ where: 'line 22', message: 'FAQ question "Do cats sleep a lot?" has no answer' }),
    )
  })

  it('refuses a "Key Takeaway:" with no paragraph after it', () => {
    expect(() => structureOf('T\nSection\nText.\nKey Takeaway:\nNext Section\nText.')).toThrow(
      expect.objectContaining({ where: 'line 4' }),
    )
  })

  it('warns when a post has no key takeaways, so its heading levels could not be inferred', () => {
    expect(structureOf('T\nSection\nText.\nSub\nMore.').structure.warnings).toEqual([
      '1 of 1 sections have no key takeaway',
    ])
  })
})

describe('structure of posts that do not follow the seed pattern', () => {
  const block = (text: string, n: number) => ({
    kind: 'block' as const,
    block: paragraph(text),
    text,
    where: `block ${n}`,
  })
  const heading = (text: string, level: 2 | 3 | 4, n: number) => ({
    kind: 'heading' as const,
    text,
    level,
    aliases: [],
    where: `block ${n}`,
  })

  it('makes a post without headings all intro, with no sections and no error', () => {
    const structure = detectStructure([block('Only text.', 1), block('More text.', 2)])
    expect(structure.sections).toEqual([])
    expect(structure.intro).toHaveLength(2)
  })

  it('keeps a "Key Takeaway:" outside any section as text, with a warning', () => {
    const structure = detectStructure([block('Key Takeaway: rest well.', 1)])
    expect(structure.intro).toHaveLength(1)
    expect(structure.warnings).toEqual(['"Key Takeaway:" outside a section (block 1) is kept as text'])
  })

  it('reads a one-line "Key Takeaway: ..." callout as the section takeaway', () => {
    const structure = detectStructure([
      heading('Section', 2, 1),
      block('Body.', 2),
      block('Key Takeaway: rest well.', 3),
    ])
    expect(structure.sections[0]?.takeaway).toBe('rest well.')
  })

  it('treats an "FAQ ..." heading followed by prose as an ordinary heading', () => {
    const structure = detectStructure([heading('FAQ policy of the clinic', 2, 1), block('We answer within a day.', 2)])
    expect(structure.faqs).toEqual([])
    expect(structure.sections.map((section) => section.heading)).toEqual(['FAQ policy of the clinic'])
    expect(structure.warnings).toContain(
      '"FAQ policy of the clinic" has no questions after it, so it is kept as an ordinary heading',
    )
  })

  it('opens the FAQ block at a question the markup marks (Yoast)', () => {
    const structure = detectStructure([
      block('Intro.', 1),
      { kind: 'question', text: 'Is it safe?', where: 'block 2' },
      block('Yes.', 3),
    ])
    expect(structure.faqs).toEqual([{ question: 'Is it safe?', answer: [expect.objectContaining({ _type: 'block' })] }])
  })
})
