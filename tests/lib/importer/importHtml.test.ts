import { join } from 'node:path'
import type { ArticleDocuments } from '@/lib/importer/documents'
import { importPaths } from '@/lib/importer/runImport'
import { useTempDir } from '../../support/tempDir'
import { fixturePath } from '../../support/fixtures'

const FIXTURES = fixturePath('importer')

async function importHtml(): Promise<{ imported: ArticleDocuments; warnings: string[] }> {
  const result = await importPaths([join(FIXTURES, 'wordpress-post.html')])
  expect(result.errors).toEqual([])
  const [imported] = result.articles
  if (!imported) throw new Error('nothing imported')
  return { imported, warnings: result.warnings.map((warning) => warning.message) }
}

describe('HTML import', () => {
  const temp = useTempDir()

  it('takes the title from the h1, dates and the old permalink from the meta tags, and drops theme chrome and the TOC', async () => {
    const { imported } = await importHtml()
    expect(imported.article).toMatchObject({
      title: 'Sleep and Mood: What New Parents Should Know',
      slug: { current: 'wordpress-post' },
      publishedAt: '2023-06-01T08:30:00Z',
      updatedAt: '2023-07-02T10:00:00Z',
      legacyUrls: ['/sleep-and-mood/'],
    })
    const text = JSON.stringify(imported)
    expect(text).not.toMatch(/Footer text|Table of Contents|tracking|Home/)
  })

  it('makes h2s sections with anchors, keeping Easy-TOC ids of the section and its h3s as aliases', async () => {
    const { imported } = await importHtml()
    expect(
      imported.article.sections.map((section) => [section.heading, section.anchor.current, section.anchorAliases]),
    ).toEqual([
      ['Why Sleep Matters', 'why-sleep-matters', ['Why_Sleep_Matters', 'Small_Changes_That_Help']],
      ['When to Ask for Help', 'when-to-ask-for-help', ['When_to_Ask_for_Help']],
    ])
    expect(imported.takeaways.map((takeaway) => takeaway.text)).toEqual([
      'Sleep and mood are linked, and small changes can help.',
      'Low mood that lasts needs a professional’s attention.',
    ])
    expect(imported.faqs.map((faq) => faq.question)).toEqual([
      'How much sleep do new parents need?',
      'Can poor sleep cause depression?',
    ])
  })

  it('converts lists, quotes, sub-headings, images with alt and caption, and safe links', async () => {
    const { imported, warnings } = await importHtml()
    const body = imported.article.sections[0]?.body ?? []
    expect(body).toMatchObject([
      { _type: 'block', markDefs: [{ _type: 'link', href: 'mailto:info@clinic.example' }] },
      {
        _type: 'image',
        alt: 'A chart of sleep hours',
        caption: 'Hours of sleep in the first year',
        asset: { _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-4x3\.png$/) },
      },
      { style: 'h3' },
      { listItem: 'bullet', children: [{ text: 'Share night feeds.' }] },
      { listItem: 'bullet', children: [{ text: 'Nap when the baby naps.' }] },
      { style: 'blockquote', children: [{ text: 'Rest is part of recovery.' }] },
    ])
    expect(imported.article.sections[1]?.body[0]).toMatchObject({ markDefs: [{ href: 'tel:+15555550100' }] })
    expect(warnings).toContain(
      'wordpress-post: link to "/contact/" dropped: links must be http(s), mailto or tel (its text is kept)',
    )
  })

  it('gives every block, span and link a key from its position', async () => {
    const { imported } = await importHtml()
    const keys = JSON.stringify(imported).match(/"_key":"[^"]+"/g) ?? []
    expect(keys.length).toBeGreaterThan(10)
    for (const key of keys) expect(key).toMatch(/"_key":"(block|span|link|image|section|faq|topic)\d+"/)
  })

  it('reports an HTML file without a title', async () => {
    const path = await temp.write('untitled.html', '<html><body><p>Just a paragraph.</p></body></html>')
    const result = await importPaths([path])
    expect(result.errors.map((error) => error.message)).toEqual([
      `${path}: no title: the HTML has neither an <h1> nor a <title>`,
    ])
  })
})

describe('HTML import of a post without sections', () => {
  const temp = useTempDir()

  it('imports a saved post with no h2 as an article without sections, its h3 kept as a heading', async () => {
    const path = await temp.write(
      'aside.html',
      '<html><body><article><h1>An Aside</h1><div class="entry-content"><p>Short note.</p><h3>Detail</h3><p>More.</p></div></article></body></html>',
    )
    const result = await importPaths([path])
    expect(result.errors).toEqual([])
    const article = result.articles[0]?.article
    expect(article?.sections).toEqual([])
    expect(article?.intro.map((block) => (block._type === 'block' ? block.style : block._type))).toEqual([
      'normal',
      'h3',
      'normal',
    ])
  })
})
