import { importPaths, type ImportOptions } from '@/lib/importer/runImport'
import type { ArticleDocuments } from '@/lib/importer/documents'
import { useTempDir } from '../../support/tempDir'
import { wxr, type TestExport } from '../../support/wxrBuilder'

const SITE = 'https://old-clinic.example'

const linksIn = ({ article, faqs }: ArticleDocuments) =>
  [
    article.intro,
    ...(article.sections ?? []).map((section) => section.body),
    article.conclusion,
    ...faqs.map((faq) => faq.answer),
  ]
    .flat()
    .flatMap((block) => (block && block._type === 'block' ? (block.markDefs ?? []) : []))
    .map((def) =>
      def._type === 'link'
        ? def.href
        : def._type === 'internalLink'
          ? `internal:${def.reference?._ref}${def.reference?._weak ? ' (weak)' : ''}`
          : `${def._type}:${def.sourceKey}`,
    )

const input = (content: string): TestExport => ({
  authors: [{ id: 3, login: 'jdoe', name: 'Jordan Doe' }],
  categories: [
    { id: 7, slug: 'health', name: 'Health' },
    { id: 8, slug: 'sleep', name: 'Sleep', parent: 'health' },
  ],
  tags: [{ id: 9, slug: 'insomnia', name: 'Insomnia' }],
  items: [
    {
      id: 1,
      slug: 'first-post',
      date: '2022-03-04 10:00:00',
      creator: 'jdoe',
      terms: [
        { domain: 'category', nicename: 'sleep', name: 'Sleep' },
        { domain: 'post_tag', nicename: 'insomnia', name: 'Insomnia' },
      ],
    },
    { id: 2, slug: 'second-post', date: '2023-01-02 10:00:00', creator: 'jdoe', content },
    { id: 45, type: 'page', slug: 'contact', link: `${SITE}/contact/` },
    { id: 46, type: 'page', slug: 'about', link: `${SITE}/about/` },
    { id: 50, status: 'private', slug: 'private-notes', date: '2023-02-02 10:00:00' },
  ],
})

describe('WXR links and redirects', () => {
  const temp = useTempDir()
  const run = async (content: string, options: ImportOptions = {}) => {
    const result = await importPaths([await temp.write('export.xml', wxr(input(content)))], options)
    const post = result.articles.find(({ article }) => article.slug.current === 'second-post') as ArticleDocuments
    return { result, post, links: linksIn(post), warnings: result.warnings.map((warning) => warning.message) }
  }

  it('turns every old form of a link to an imported post into a reference to its article', async () => {
    const forms = [
      `${SITE}/2022/03/first-post/`,
      'http://old-clinic.example/2022/03/first-post',
      'https://www.old-clinic.example/2022/03/first-post/',
      '/2022/03/first-post/',
      '/?p=1',
      `${SITE}/?p=1`,
      '?page_id=45',
      `${SITE}/contact/`,
      '/private-notes/?p=50',
    ]
    const { links } = await run(forms.map((href, n) => `<p>Link <a href="${href}">number ${n}</a>.</p>`).join(''), {
      includePages: true,
    })
    expect(links).toEqual([
      ...Array(6).fill('internal:article-first-post'),
      'internal:article-contact',
      'internal:article-contact',
      'internal:article-private-notes (weak)',
    ])
  })

  it('points category, tag and author archive links at the new topic and author pages on --site-url', async () => {
    const content = ['/category/health/sleep/', '/tag/insomnia/', '/author/jdoe/', '/?cat=7', `${SITE}/feed/`]
      .map((href) => `<p><a href="${href}">x</a></p>`)
      .join('')
    const { links } = await run(content, { siteUrl: 'https://blog.clinic.example' })
    expect(links).toEqual([
      'https://blog.clinic.example/topics/sleep',
      'https://blog.clinic.example/topics/insomnia',
      'https://blog.clinic.example/authors/jordan-doe',
      'https://blog.clinic.example/topics/health',
      'https://blog.clinic.example/feed.xml',
    ])
  })

  it('keeps links to what was not imported with a warning, other sites silently, and counts them', async () => {
    const content =
      '<p><a href="/contact/">Contact</a>, <a href="https://nih.gov/sleep">NIH</a>, <a href="/tag/insomnia/">tag</a> and <a href="#part-2">below</a>.</p>'
    const { links, warnings, result } = await run(content)
    expect(links.slice(0, 3)).toEqual([`${SITE}/contact/`, 'https://nih.gov/sleep', `${SITE}/tag/insomnia/`])
    expect(warnings).toContain(
      `second-post: link to "${SITE}/contact/" kept: it points at the old site, at something this import does not bring across`,
    )
    expect(warnings).toContain(
      `second-post: link to "${SITE}/tag/insomnia/" kept as it was: give --site-url to point it at /topics/insomnia`,
    )
    expect(JSON.stringify(result.articles)).not.toContain('old-clinic.example/#')
    const report = result.files[0]?.posts.find((post) => post.postId === '2')
    expect(report?.links).toMatchObject({ rewritten: 0, kept: 3 })
  })

  it('writes redirect documents for ?p=, ?page_id=, archives and feeds, and keeps permalinks as legacy URLs', async () => {
    const { result } = await run('<p>Body.</p>', { includePages: true })
    const redirects = result.documents.filter((document) => document._type === 'redirect')
    expect(redirects).toEqual(
      expect.arrayContaining([
        { _id: 'redirect-query-p-1', _type: 'redirect', from: '/?p=1', to: '/blog/first-post', permanent: true },
        {
          _id: 'redirect-query-page-id-45',
          _type: 'redirect',
          from: '/?page_id=45',
          to: '/blog/contact',
          permanent: true,
        },
        {
          _id: 'redirect-category-health-sleep',
          _type: 'redirect',
          from: '/category/health/sleep/',
          to: '/topics/sleep',
          permanent: true,
        },
        { _id: 'redirect-query-cat-8', _type: 'redirect', from: '/?cat=8', to: '/topics/sleep', permanent: true },
        {
          _id: 'redirect-tag-insomnia',
          _type: 'redirect',
          from: '/tag/insomnia/',
          to: '/topics/insomnia',
          permanent: true,
        },
        {
          _id: 'redirect-query-tag-insomnia',
          _type: 'redirect',
          from: '/?tag=insomnia',
          to: '/topics/insomnia',
          permanent: true,
        },
        {
          _id: 'redirect-author-jdoe',
          _type: 'redirect',
          from: '/author/jdoe/',
          to: '/authors/jordan-doe',
          permanent: true,
        },
        {
          _id: 'redirect-query-author-3',
          _type: 'redirect',
          from: '/?author=3',
          to: '/authors/jordan-doe',
          permanent: true,
        },
        { _id: 'redirect-feed', _type: 'redirect', from: '/feed/', to: '/feed.xml', permanent: true },
        { _id: 'redirect-feed-atom', _type: 'redirect', from: '/feed/atom/', to: '/feed.atom', permanent: true },
        { _id: 'redirect-comments-feed', _type: 'redirect', from: '/comments/feed/', to: '/feed.xml', permanent: true },
      ]),
    )
    const ids = redirects.map((redirect) => redirect._id)
    // A draft is not public: no redirect may lead to it. The `health` category has an imported
    // descendant only, so it is a topic (the parent of sleep) with its archive redirected.
    expect(ids).not.toContain('redirect-query-p-50')
    expect(ids).toContain('redirect-category-health')
    expect(result.articles.find(({ article }) => article.slug.current === 'first-post')?.article.legacyUrls).toEqual([
      '/2022/03/first-post/',
    ])
  })
})
