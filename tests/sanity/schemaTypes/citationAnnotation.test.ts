import type { SanityDocument } from 'sanity'
import { errorsOf, validateWithStudioRules } from '../../support/studioValidation'

// A citation in rich text names an entry of its document's Sources list, checked as the Studio
// checks it (Sanity's own validateDocument, offline).

type Doc = SanityDocument & Record<string, unknown>
const doc = (fields: Record<string, unknown>) => fields as Doc

const citing = (sourceKey: string | undefined) => ({
  _type: 'block',
  _key: 'p1',
  style: 'normal',
  markDefs: [{ _type: 'citation', _key: 'c1', ...(sourceKey === undefined ? {} : { sourceKey }) }],
  children: [{ _type: 'span', _key: 'p1s', text: 'One trial found fewer symptoms.', marks: ['c1'] }],
})

const article = (sourceKey: string | undefined, sources: unknown[]) =>
  doc({ _id: 'article-cites', _type: 'article', title: 'Cites', intro: [citing(sourceKey)], sources })

const SOURCES = [
  { _type: 'source', _key: 'trialA', title: 'Trial A' },
  { _type: 'source', _key: 'reviewB', title: 'Review B' },
]

async function citationErrors(document: Doc): Promise<string[]> {
  const errors = errorsOf(await validateWithStudioRules(document, [document], 'studio'))
  return errors.filter((error) => error.includes('sourceKey'))
}

describe('the citation mark', () => {
  it('accepts the key of one of the article’s sources', async () => {
    expect(await citationErrors(article('reviewB', SOURCES))).toEqual([])
  })

  it('refuses a key no source has, listing the sources and their keys', async () => {
    expect(await citationErrors(article('gone', SOURCES))).toEqual([
      'intro.[_key=="p1"].markDefs.[_key=="c1"].sourceKey: No source of this article has the key "gone". Its sources and their keys: 1. Trial A: trialA; 2. Review B: reviewB.',
    ])
  })

  it('refuses a citation without a key, and one in an article without sources', async () => {
    expect(await citationErrors(article(undefined, SOURCES))).toEqual([
      'intro.[_key=="p1"].markDefs.[_key=="c1"].sourceKey: Enter the key of the source this text cites.',
    ])
    expect(await citationErrors(article('trialA', []))).toEqual([
      expect.stringContaining('This article has no sources yet'),
    ])
  })

  it('refuses a citation in a document that has no sources list (an FAQ answer)', async () => {
    const faq = doc({ _id: 'faq-cites', _type: 'faq', question: 'Does it help?', answer: [citing('trialA')] })
    expect(await citationErrors(faq)).toEqual([expect.stringContaining('Only an article can cite')])
  })
})
