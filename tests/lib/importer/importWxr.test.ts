import { readFile } from 'node:fs/promises'
import { importPaths } from '@/lib/importer/runImport'
import { useTempDir } from '../../support/tempDir'
import { fixturePath } from '../../support/fixtures'

const EXPORT = fixturePath('importer', 'clinic-export.wxr.xml')

describe('WordPress export (WXR) import', () => {
  const temp = useTempDir()

  // The fixture is kept as data (the script that wrote it, counting independently of the importer,
  // is in the history of tests/fixtures/importer/). It holds 28 published posts: post n has
  // 2 + n % 3 sections, each with a takeaway, and n % 4 FAQs; every fifth Gutenberg post and
  // every classic one (n % 3 == 0) has an image, every seventh a featured image. Post 13 has no
  // title: the other 27 give 81 sections and takeaways, 41 FAQs and 17 images. The importer
  // brings post 13 across too (3 sections, 3 takeaways, 1 FAQ) and the private post as a draft
  // (1 section). Redirects: 29 legacy URLs, 28 ?p= forms, 4 categories and 3 tags by path,
  // 4 ?cat= and 3 ?tag= forms, 2 authors by path and by ?author=, 5 feeds.
  it('imports every published post (the untitled one too), the private one as a draft, and skips the draft and the page', async () => {
    const result = await importPaths([EXPORT])
    expect(result.summary).toEqual({
      articles: 29,
      drafts: 1,
      skipped: 2,
      sections: 85,
      takeaways: 84,
      faqs: 42,
      images: 17,
      redirects: 80,
      comments: 0,
      warnings: 3,
      errors: 0,
    })
    const ids = result.articles.map(({ article }) => article._id)
    expect(ids).toContain('article-post-number-13')
    expect(ids).toContain('drafts.article-post-private')
    expect(ids).not.toContain('article-post-private')
    expect(ids.filter((id) => /post-draft|page-publish/.test(id))).toEqual([])
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
      mainImage: {
        alt: 'Featured picture for post 14',
        asset: { _sanityAsset: 'image@https://clinic.example/wp-content/uploads/featured-14.jpg' },
      },
      legacyUrls: ['/2023/03/post-number-14/'],
    })
    expect(result.shared).toContainEqual({
      _id: 'person-jordan-doe',
      _type: 'person',
      name: 'Jordan Doe',
      slug: { _type: 'slug', current: 'jordan-doe' },
    })
    expect(result.shared).toContainEqual(
      expect.objectContaining({ _id: 'topic-anxiety', title: 'Anxiety', description: 'Posts about anxiety.' }),
    )
    expect(result.shared.map((document) => document._id)).not.toContain('topic-uncategorized')
  })

  it('reads classic-editor content: bare paragraphs, [caption] images and derived Easy-TOC ids', async () => {
    const result = await importPaths([EXPORT])
    const post = result.articles.find(({ article }) => article.slug.current === 'post-number-15')
    const [first] = post?.article.sections ?? []
    expect(first?.anchorAliases).toEqual(['Part_1_of_post_15'])
    expect(first?.body).toContainEqual(
      expect.objectContaining({ _type: 'image', alt: 'Chart for post 15', caption: 'Chart for post 15' }),
    )
    expect(post?.faqs).toHaveLength(3)
    expect(JSON.stringify(post)).not.toMatch(/\[(ez-toc|caption)/)
  })

  it('reports malformed XML with its line, and a file that is not a WXR', async () => {
    const broken = await temp.write(
      'broken.xml',
      '<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<item><title>x</title>\n</channel>\n</rss>\n',
    )
    const other = await temp.write(
      'feed.xml',
      '<?xml version="1.0"?><rss><channel><title>A plain RSS feed</title></channel></rss>',
    )
    const result = await importPaths([broken, other, EXPORT])
    expect(result.errors.map((error) => error.message)).toEqual([
      `${broken} (line 5, column 11): malformed XML: unexpected close tag.`,
      `${other}: not a WordPress export (WXR): expected <rss> with the wp: namespace and a <channel>`,
    ])
    expect(result.summary.articles).toBe(29)
  })

  it('gives byte-identical output on re-import', async () => {
    const { runImportCli } = await import('@/lib/importer/cli')
    const quiet = { log: () => undefined, error: () => undefined }
    await runImportCli([EXPORT, '--out', temp.path('a.ndjson')], quiet)
    await runImportCli([EXPORT, '--out', temp.path('b.ndjson')], quiet)
    expect(await readFile(temp.path('b.ndjson'), 'utf8')).toBe(await readFile(temp.path('a.ndjson'), 'utf8'))
  })
})
