import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importPaths } from '../../lib/importer/run-import'
import { useTempDir } from './temp-dir'

const EXPORT = join(__dirname, '..', 'fixtures', 'importer', 'clinic-export.wxr.xml')

describe('WordPress export (WXR) import', () => {
  const temp = useTempDir()

  // Totals printed by tests/fixtures/importer/make-wxr.py, which wrote the fixture.
  it('imports every published post and reports the one broken item by number', async () => {
    const result = await importPaths([EXPORT])
    expect(result.summary).toEqual({ articles: 27, sections: 81, takeaways: 81, faqs: 41, images: 17, redirects: 27, warnings: 0, errors: 1 })
    expect(result.errors.map((error) => error.message)).toEqual([`${EXPORT} (item 13): no title`])
    const slugs = result.articles.map(({ article }) => article.slug.current)
    expect(slugs).not.toContain('post-draft')
    expect(slugs).not.toContain('page-publish')
    expect(slugs).not.toContain('post-private')
  })

  it('maps the author, categories and tags, dates, slug and old permalink of a post', async () => {
    const result = await importPaths([EXPORT])
    const post = result.articles.find(({ article }) => article.slug.current === 'post-number-14')
    expect(post?.article).toMatchObject({
      _id: 'article-post-number-14',
      title: 'Post number 14 & its topic',
      excerpt: 'Post 14 in one line.',
      publishedAt: '2023-03-15T09:00:00Z',
      updatedAt: '2024-03-15T10:30:00Z',
      author: { _ref: 'person-clinic-team' },
      topics: [{ _ref: 'topic-ketamine-therapy' }, { _ref: 'topic-exercise' }],
      mainImage: { alt: 'Featured picture for post 14', asset: { _sanityAsset: 'image@https://clinic.example/wp-content/uploads/featured-14.jpg' } },
      legacyUrls: ['/2023/03/post-number-14/'],
    })
    expect(result.shared).toContainEqual({ _id: 'person-jordan-doe', _type: 'person', name: 'Jordan Doe', slug: { _type: 'slug', current: 'jordan-doe' } })
    expect(result.shared).toContainEqual(expect.objectContaining({ _id: 'topic-anxiety', title: 'Anxiety', description: 'Posts about anxiety.' }))
    expect(result.shared.map((document) => document._id)).not.toContain('topic-uncategorized')
  })

  it('reads classic-editor content: bare paragraphs, [caption] images and derived Easy-TOC ids', async () => {
    const result = await importPaths([EXPORT])
    const post = result.articles.find(({ article }) => article.slug.current === 'post-number-15')
    const [first] = post?.article.sections ?? []
    expect(first?.anchorAliases).toEqual(['Part_1_of_post_15'])
    expect(first?.body).toContainEqual(expect.objectContaining({ _type: 'image', alt: 'Chart for post 15', caption: 'Chart for post 15' }))
    expect(post?.faqs).toHaveLength(3)
    expect(JSON.stringify(post)).not.toMatch(/\[(ez-toc|caption)/)
  })

  it('reports malformed XML with its line, and a file that is not a WXR', async () => {
    const broken = await temp.write('broken.xml', '<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</title>\n</channel>\n</rss>\n')
    const other = await temp.write('feed.xml', '<?xml version="1.0"?><rss><channel><title>A plain RSS feed</title></channel></rss>')
    const result = await importPaths([broken, other, EXPORT])
    expect(result.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(new RegExp(`^${broken} \\(line 5\\): malformed XML`)),
      `${other}: not a WordPress export (WXR): expected <rss> with the wp: namespace and a <channel>`,
      `${EXPORT} (item 13): no title`,
    ])
    expect(result.summary.articles).toBe(27)
  })

  it('gives byte-identical output on re-import', async () => {
    const { runImportCli } = await import('../../lib/importer/cli')
    const quiet = { log: () => undefined, error: () => undefined }
    await runImportCli([EXPORT, '--out', temp.path('a.ndjson')], quiet)
    await runImportCli([EXPORT, '--out', temp.path('b.ndjson')], quiet)
    expect(await readFile(temp.path('b.ndjson'), 'utf8')).toBe(await readFile(temp.path('a.ndjson'), 'utf8'))
  })
})
