import { importPaths, type ImportOptions } from '@/lib/importer/runImport'
import { useTempDir } from '../../support/tempDir'
import { wxr, type TestExport } from '../../support/wxrBuilder'

describe('WXR posts: statuses, slugs, taxonomy, people and SEO', () => {
  const temp = useTempDir()
  const run = async (input: TestExport, options: ImportOptions = {}) =>
    importPaths([await temp.write('export.xml', wxr(input))], options)
  const ids = (result: Awaited<ReturnType<typeof run>>) => result.articles.map(({ article }) => article._id)

  describe('statuses', () => {
    const items: TestExport['items'] = [
      { id: 1, status: 'publish' },
      { id: 2, status: 'private' },
      { id: 3, status: 'publish', password: 'secret' },
      { id: 4, status: 'draft', slug: '' },
      { id: 5, status: 'pending' },
      { id: 6, status: 'future' },
      { id: 7, type: 'page', status: 'publish' },
      {
        id: 8,
        type: 'attachment',
        status: 'inherit',
        attachmentUrl: 'https://old-clinic.example/wp-content/uploads/a.jpg',
      },
      { id: 9, type: 'nav_menu_item', status: 'publish' },
      { id: 10, type: 'revision', status: 'inherit' },
      { id: 11, status: 'trash' },
      { id: 12, status: 'publish', comments: 3 },
    ]

    it('publishes only published posts; private and password-protected ones become drafts with a warning', async () => {
      const result = await run({ items })
      expect(ids(result)).toEqual([
        'article-post-1',
        'drafts.article-post-2',
        'drafts.article-post-3',
        'article-post-12',
      ])
      const warnings = result.warnings.map((warning) => warning.message)
      expect(warnings).toContain('post-2: private: imported as a draft, not published')
      expect(warnings).toContain('post-3: password-protected: imported as a draft, not published')
      const posts = result.files[0]?.posts ?? []
      expect(posts.map((post) => [post.postId, post.outcome, post.reason ?? ''])).toEqual([
        ['1', 'imported', ''],
        ['2', 'draft', 'private'],
        ['3', 'draft', 'password-protected'],
        ['4', 'skipped', 'draft (import drafts with --include-drafts)'],
        ['5', 'skipped', 'pending (import drafts with --include-drafts)'],
        ['6', 'skipped', 'scheduled (import drafts with --include-drafts)'],
        ['7', 'skipped', 'a page (import pages with --include-pages)'],
        ['11', 'skipped', 'status "trash"'],
        ['12', 'imported', ''],
      ])
      expect(result.files[0]?.otherItems).toEqual({ attachment: 1, nav_menu_item: 1, revision: 1 })
      expect(result.summary).toMatchObject({ articles: 4, drafts: 2, skipped: 5, comments: 3 })
    })

    it('imports drafts, pending and scheduled posts as drafts with --include-drafts, and pages with --include-pages', async () => {
      const result = await run({ items }, { includeDrafts: true, includePages: true })
      expect(ids(result)).toEqual([
        'article-post-1',
        'drafts.article-post-2',
        'drafts.article-post-3',
        // A draft has no post_name yet: its slug comes from its title.
        'drafts.article-post-4',
        'drafts.article-post-5',
        'drafts.article-post-6',
        'article-post-7',
        'article-post-12',
      ])
    })

    it("makes a draft's takeaways and FAQs drafts too, referenced weakly until published", async () => {
      const content =
        '<h2>Part</h2><p>Text.</p><p>Key Takeaway:</p><p>The point.</p><h2>FAQs about it</h2><h3>Is it?</h3><p>Yes.</p>'
      const result = await run({ items: [{ id: 2, status: 'private', content }] })
      const [post] = result.articles
      expect(post?.takeaways.map((takeaway) => takeaway._id)).toEqual(['drafts.takeaway-post-2-1'])
      expect(post?.faqs.map((faq) => faq._id)).toEqual(['drafts.faq-post-2-1'])
      expect(post?.article.sections?.[0]?.takeaway).toMatchObject({
        _ref: 'takeaway-post-2-1',
        _weak: true,
        _strengthenOnPublish: { type: 'takeaway' },
      })
      expect(post?.article.faqs?.[0]).toMatchObject({ _ref: 'faq-post-2-1', _weak: true })
    })
  })

  describe('slugs', () => {
    it('lets the older post keep a contested slug, whatever the file order, and reports the change', async () => {
      const result = await run({
        items: [
          { id: 30, slug: 'sleep', date: '2023-05-01 09:00:00' },
          { id: 20, slug: 'sleep', date: '2022-05-01 09:00:00' },
          { id: 10, slug: 'sleep', date: '2023-05-01 09:00:00' },
          { id: 40, slug: 'sleep-2', date: '2024-01-01 09:00:00' },
        ],
      })
      const slugOf = (postId: string) => result.files[0]?.posts.find((post) => post.postId === postId)?.slug
      expect([slugOf('20'), slugOf('10'), slugOf('30'), slugOf('40')]).toEqual([
        'sleep',
        'sleep-3',
        'sleep-4',
        'sleep-2',
      ])
      expect(result.errors).toEqual([])
      expect(result.files[0]?.posts.find((post) => post.postId === '10')?.slugTakenBy).toBe('20')
      expect(result.warnings.map((warning) => warning.message)).toContain(
        'sleep-3: slug "sleep" belongs to an older post; this one is "sleep-3"',
      )
    })

    it('decodes percent-encoded slugs and falls back to the title, then to post-<id>', async () => {
      const result = await run({
        items: [
          { id: 1, slug: 'caf%c3%a9-au-lait' },
          { id: 2, slug: '', title: 'Sleep &amp; Mood' },
          { id: 3, slug: '%d1%81%d0%be%d0%bd', title: 'Сон и настроение' },
        ],
      })
      expect(result.articles.map(({ article }) => article.slug.current)).toEqual([
        'cafe-au-lait',
        'sleep-mood',
        'post-3',
      ])
      expect(result.articles[1]?.article.title).toBe('Sleep & Mood')
    })

    it('imports a published post without a GMT date or a post type (old exports) as a post', async () => {
      const xml = wxr({ items: [{ id: 7, date: '2019-04-05 08:30:00' }] })
        .replace(/<wp:post_date_gmt>.*<\/wp:post_date_gmt>\n/, '')
        .replace(/<pubDate>.*<\/pubDate>\n/, '')
        .replace(/<wp:post_type>.*<\/wp:post_type>\n/, '')
      const result = await importPaths([await temp.write('old.xml', xml)])
      expect(result.errors).toEqual([])
      expect(result.articles[0]?.article).toMatchObject({ _id: 'article-post-7', publishedAt: '2019-04-05T08:30:00Z' })
    })

    it('imports a post with no title under its opening words, with a warning', async () => {
      const result = await run({
        items: [
          { id: 5, title: '', slug: '', content: '<p>Closed on Monday for the holiday. See you Tuesday morning!</p>' },
        ],
      })
      expect(result.articles[0]?.article.title).toBe('Closed on Monday for the holiday. See you…')
      expect(result.articles[0]?.article.slug.current).toBe('post-5')
      expect(result.warnings[0]?.message).toMatch(/no title; titled "Closed on Monday/)
    })
  })

  describe('taxonomy and people', () => {
    const input: TestExport = {
      authors: [
        { id: 1, login: 'jdoe', name: 'Jordan Doe' },
        { id: 2, login: 'ghost', name: 'Never Posted' },
      ],
      categories: [
        { id: 1, slug: 'uncategorized', name: 'Uncategorized' },
        { id: 2, slug: 'health', name: 'Health' },
        { id: 3, slug: 'sleep', name: 'Sleep', parent: 'health' },
      ],
      tags: [
        { id: 10, slug: 'sleep', name: 'Sleep' },
        { id: 11, slug: 'sleep-tips', name: 'Sleep tips' },
        { id: 12, slug: 'health-2', name: 'Health' },
      ],
      items: [
        {
          id: 1,
          creator: 'jdoe',
          terms: [
            { domain: 'category', nicename: 'sleep', name: 'Sleep' },
            { domain: 'post_tag', nicename: 'sleep', name: 'Sleep' },
            { domain: 'post_tag', nicename: 'health-2', name: 'Health' },
            { domain: 'post_tag', nicename: 'sleep-tips', name: 'Sleep tips' },
          ],
        },
        { id: 2, creator: 'jdoe', terms: [{ domain: 'category', nicename: 'uncategorized', name: 'Uncategorized' }] },
        { id: 3, creator: 'jdoe' },
      ],
    }

    it('keeps the category hierarchy, merges a tag into the category of the same name, maps Uncategorized to General', async () => {
      const result = await run(input)
      expect(result.articles.map(({ article }) => article.topics?.map((topic) => topic._ref))).toEqual([
        ['topic-sleep', 'topic-health', 'topic-sleep-tips'],
        ['topic-general'],
        ['topic-general'],
      ])
      const topics = result.shared.filter((document) => document._type === 'topic')
      expect(topics).toEqual([
        {
          _id: 'topic-general',
          _type: 'topic',
          language: 'en',
          title: 'General',
          slug: { _type: 'slug', current: 'general' },
        },
        {
          _id: 'topic-health',
          _type: 'topic',
          language: 'en',
          title: 'Health',
          slug: { _type: 'slug', current: 'health' },
        },
        {
          _id: 'topic-sleep',
          _type: 'topic',
          language: 'en',
          title: 'Sleep',
          slug: { _type: 'slug', current: 'sleep' },
          parent: { _type: 'reference', _ref: 'topic-health' },
        },
        {
          _id: 'topic-sleep-tips',
          _type: 'topic',
          language: 'en',
          title: 'Sleep tips',
          slug: { _type: 'slug', current: 'sleep-tips' },
        },
      ])
    })

    it('creates people under their display name, and only for authors with imported posts', async () => {
      const result = await run(input)
      expect(result.shared.filter((document) => document._type === 'person')).toEqual([
        {
          _id: 'person-jordan-doe',
          _type: 'person',
          name: 'Jordan Doe',
          slug: { _type: 'slug', current: 'jordan-doe' },
        },
      ])
      expect(result.articles[0]?.article.author?._ref).toBe('person-jordan-doe')
    })
  })

  describe('SEO', () => {
    it('carries Yoast fields over, resolving its title variables', async () => {
      const result = await run({
        categories: [{ id: 2, slug: 'sleep', name: 'Sleep' }],
        items: [
          {
            id: 1,
            title: 'Better sleep',
            terms: [{ domain: 'category', nicename: 'sleep', name: 'Sleep' }],
            meta: {
              _yoast_wpseo_title: '%%title%% for %%category%% %%sep%% %%sitename%% %%page%%',
              _yoast_wpseo_metadesc: 'How to sleep better, from the clinic team.',
              _yoast_wpseo_canonical: 'https://journal.example/original-sleep-article',
              '_yoast_wpseo_meta-robots-noindex': '1',
              _yoast_wpseo_focuskw: 'better sleep',
            },
          },
        ],
      })
      expect(result.articles[0]?.article.seo).toEqual({
        _type: 'seo',
        metaTitle: 'Better sleep for Sleep',
        metaDescription: 'How to sleep better, from the clinic team.',
        noindex: true,
        canonicalUrl: 'https://journal.example/original-sleep-article',
        focusKeyphrase: 'better sleep',
      })
    })

    it('carries Rank Math fields over, drops a self-canonical and a title that only repeats the post title', async () => {
      const result = await run({
        items: [
          {
            id: 1,
            title: 'Better sleep',
            slug: 'better-sleep',
            meta: {
              rank_math_title: '%title% %sep% %sitename%',
              rank_math_description: 'Sleep advice: %excerpt%',
              rank_math_canonical_url: 'https://www.old-clinic.example/2023/01/better-sleep/',
              rank_math_robots: 'a:2:{i:0;s:7:"noindex";i:1;s:8:"nofollow";}',
              rank_math_focus_keyword: 'sleep hygiene,better sleep',
            },
            excerpt: 'Short and practical.',
          },
        ],
      })
      expect(result.articles[0]?.article.seo).toEqual({
        _type: 'seo',
        metaDescription: 'Sleep advice: Short and practical.',
        noindex: true,
        focusKeyphrase: 'sleep hygiene',
      })
      expect(JSON.stringify(result.articles[0]?.article)).not.toMatch(/%[a-z_]+%/)
    })

    it('keeps the featured image as the main image with the attachment alt text', async () => {
      const result = await run({
        items: [
          { id: 1, meta: { _thumbnail_id: '9' } },
          {
            id: 9,
            type: 'attachment',
            status: 'inherit',
            attachmentUrl: 'https://old-clinic.example/wp-content/uploads/cover.jpg',
            meta: { _wp_attachment_image_alt: 'A calm bedroom' },
          },
        ],
      })
      expect(result.articles[0]?.article.mainImage).toMatchObject({
        alt: 'A calm bedroom',
        asset: { _sanityAsset: 'image@https://old-clinic.example/wp-content/uploads/cover.jpg' },
      })
    })
  })
})
