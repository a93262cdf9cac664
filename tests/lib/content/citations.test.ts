import { buildOutline } from '@/lib/content/articleOutline'
import { awayFromCitationAnchors, numberCitations } from '@/lib/content/citations'
import type { Article } from '@/lib/sanity/queries/article'
import { queriedExampleArticle } from '../../support/queriedExampleArticle'

let example: Article
beforeAll(async () => {
  example = await queriedExampleArticle()
})

const block = (key: string, markDefs: unknown[], marks: string[][]) => ({
  _type: 'block',
  _key: key,
  markDefs,
  children: marks.map((spanMarks, index) => ({ _type: 'span', _key: `${key}${index}`, text: 'x', marks: spanMarks })),
})

describe('numberCitations', () => {
  it('numbers a mark once per block where a span uses it, and ignores definitions no span uses', () => {
    const article: Article = {
      ...example,
      sources: [{ _key: 'a', title: 'A' }],
      intro: [
        block(
          'p',
          [
            { _type: 'citation', _key: 'used', sourceKey: 'a' },
            { _type: 'citation', _key: 'unused', sourceKey: 'a' },
          ],
          [['used'], ['used', 'strong']],
        ),
      ],
      sections: [],
      conclusion: [],
    }
    const { sources, dangling } = numberCitations(article)
    expect(sources.map((source) => source.citedBy)).toEqual([['cite-1-1']])
    expect(dangling).toEqual([])
  })
})

describe('heading anchors', () => {
  it('never take an id the citations use', () => {
    expect(awayFromCitationAnchors('source-2')).toBe('source-2-heading')
    expect(awayFromCitationAnchors('cite-1')).toBe('cite-1-heading')
    expect(awayFromCitationAnchors('cite-1-2')).toBe('cite-1-2-heading')
    expect(awayFromCitationAnchors('sources-of-stress')).toBe('sources-of-stress')
    const article: Article = {
      ...example,
      sections: [{ ...example.sections[0]!, _key: 's', heading: 'Source 1', anchor: 'source-1', body: [] }],
    }
    expect(buildOutline(article).sectionIds.get('s')).toBe('source-1-heading')
  })
})
