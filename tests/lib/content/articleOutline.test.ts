import { buildOutline, PAGE_ANCHORS } from '@/lib/content/articleOutline'
import { getArticle, type Article } from '@/lib/sanity/queries/article'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { textBlock } from '../../support/contentBlocks'
import { queriedExampleArticle } from '../../support/queriedExampleArticle'

let example: Article

beforeAll(async () => {
  example = await queriedExampleArticle()
})

function allIds(article: Article): string[] {
  const outline = buildOutline(article)
  return [...outline.sectionIds.values(), ...[...outline.headingIds.values()].flatMap((ids) => [...ids.values()])]
}

describe('heading anchors', () => {
  it('are unique within every bundled article and never take an id the page uses for itself', async () => {
    for (const slug of await getArticleSlugs()) {
      const article = await getArticle(slug)
      if (!article) throw new Error(`article ${slug} did not load`)
      const ids = allIds(article)
      expect(new Set(ids).size).toBe(ids.length)
      for (const reserved of Object.values(PAGE_ANCHORS)) expect(ids).not.toContain(reserved)
    }
  })

  it('use the stored section anchor, so rewording a heading keeps its links', () => {
    const reworded = {
      ...example,
      sections: example.sections.map((section, index) =>
        index === 0 ? { ...section, heading: 'A new heading' } : section,
      ),
    }
    expect(buildOutline(reworded).sectionIds).toEqual(buildOutline(example).sectionIds)
    expect(buildOutline(example).sectionIds.get(example.sections[0]?._key ?? '')).toBe(
      'understanding-postpartum-depression',
    )
  })

  it('stay the same when unrelated text changes', () => {
    const edited: Article = {
      ...example,
      intro: [textBlock('block0', 'A rewritten introduction.')],
      conclusion: [textBlock('block0', 'A rewritten conclusion.')],
      sections: example.sections.map((section) => ({
        ...section,
        body: section.body.map((item) =>
          item.style === 'normal' ? textBlock(item._key ?? 'x', 'Rewritten paragraph.') : item,
        ),
      })),
    }
    expect(allIds(edited)).toEqual(allIds(example))
  })

  it('number repeated headings instead of repeating an id, never at the cost of a stored section anchor', () => {
    const [first] = example.sections
    if (!first) throw new Error('the example article has no sections')
    const twice: Article = {
      ...example,
      sections: [
        { ...first, _key: 'a', anchor: 'faqs', body: [textBlock('h', 'Side effects', 'h3')] },
        { ...first, _key: 'b', anchor: 'side-effects', body: [textBlock('h', 'Side effects', 'h3')] },
      ],
    }
    const outline = buildOutline(twice)
    expect([...outline.sectionIds.values()]).toEqual(['faqs-2', 'side-effects'])
    expect(outline.headingIds.get('a')?.get('h')).toBe('side-effects-2')
    expect(outline.headingIds.get('b')?.get('h')).toBe('side-effects-3')
  })
})
