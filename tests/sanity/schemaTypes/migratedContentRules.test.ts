import type { SanityDocument } from 'sanity'
import { errorsOf, validateWithStudioRules } from '../../support/studioValidation'
import { textBlock } from '../../support/contentBlocks'

// The content a WordPress import produces (articles without sections, galleries, tables, code,
// definition lists, embeds, topic parents, /?p= redirects), checked with the Studio's own rules.

type Doc = SanityDocument & Record<string, unknown>
const doc = (fields: Record<string, unknown>) => fields as Doc
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const slug = (current: string) => ({ _type: 'slug', current })
const IMAGE = 'image-1b71a2048d5022d01b7d3a0168c0cb5c7c277711-1200x675-png'

const dataset: Doc[] = [
  doc({ _id: 'topic-general', _type: 'topic', title: 'General', slug: slug('general') }),
  doc({ _id: 'person-editorial-team', _type: 'person', name: 'Editorial team', slug: slug('editorial-team') }),
  doc({ _id: IMAGE, _type: 'sanity.imageAsset', url: 'https://cdn.sanity.io/x.png' }),
]

const shortPost = doc({
  _id: 'article-short',
  _type: 'article',
  title: 'Clinic closed on Monday',
  slug: slug('clinic-closed-on-monday'),
  excerpt: 'The clinic is closed on Monday for a public holiday.',
  publishedAt: '2024-05-01T09:00:00Z',
  author: ref('person-editorial-team'),
  topics: [{ ...ref('topic-general'), _key: 't1' }],
  intro: [textBlock('p1', 'We are closed on Monday.')],
})

const withBlock = (block: Record<string, unknown>) =>
  doc({ ...shortPost, intro: [textBlock('p1', 'Intro.'), { _key: 'x', ...block }] })
const errorsFor = async (document: Doc) =>
  errorsOf(await validateWithStudioRules(document, [...dataset, document], 'studio'))
const warningsFor = async (document: Doc) =>
  (await validateWithStudioRules(document, [...dataset, document], 'studio'))
    .filter((marker) => marker.level === 'warning')
    .map((marker) => marker.message)

describe('an article imported from a post without headings', () => {
  it('is valid with no sections at all, or an empty list of them', async () => {
    expect(await errorsFor(shortPost)).toEqual([])
    expect(await errorsFor(doc({ ...shortPost, sections: [] }))).toEqual([])
  })

  it('takes a focus keyphrase among its SEO fields', async () => {
    expect(
      await errorsFor(doc({ ...shortPost, seo: { _type: 'seo', focusKeyphrase: 'clinic holiday hours' } })),
    ).toEqual([])
  })
})

describe('the new rich-text blocks', () => {
  const image = (fields: Record<string, unknown>) => ({
    _type: 'image',
    _key: 'g1',
    asset: ref(IMAGE),
    alt: 'A waiting room',
    ...fields,
  })

  it('accepts one of each, as the importer writes them', async () => {
    const blocks = [
      {
        _type: 'gallery',
        images: [
          image({
            caption: 'Our waiting room',
            captionLinks: [{ _type: 'captionLink', _key: 'c', text: 'waiting room', href: 'https://example.org' }],
          }),
        ],
      },
      {
        _type: 'dataTable',
        caption: 'Fees',
        headerRow: true,
        table: { _type: 'table', rows: [{ _type: 'tableRow', _key: 'r1', cells: ['Visit', 'Fee'] }] },
      },
      { _type: 'code', code: 'npm run import', language: 'sh' },
      {
        _type: 'definitionList',
        items: [{ _type: 'definitionItem', _key: 'd1', term: 'PPD', definition: 'Postpartum depression.' }],
      },
      {
        _type: 'embed',
        url: 'https://www.youtube.com/watch?v=abc',
        kind: 'video',
        provider: 'YouTube',
        title: 'A tour',
      },
      { ...image({ link: 'https://example.org/tour' }), _key: 'img' },
    ]
    const article = doc({ ...shortPost, intro: blocks.map((block, index) => ({ _key: `b${index}`, ...block })) })
    expect(await errorsFor(article)).toEqual([])
  })

  it('refuses an embed whose address is not a web address', async () => {
    expect(await errorsFor(withBlock({ _type: 'embed', url: 'javascript:alert(1)', kind: 'link' }))).toEqual([
      expect.stringMatching(/^intro\.\[_key=="x"\]\.url: /),
    ])
    expect(await errorsFor(withBlock({ _type: 'embed', url: 'ftp://example.org/file', kind: 'link' }))).toHaveLength(1)
    expect(await errorsFor(withBlock({ _type: 'embed', kind: 'video' }))).toEqual(['intro.[_key=="x"].url: Required'])
  })

  it('requires alt text on gallery images that have an asset, and at least one image', async () => {
    const noAlt = withBlock({ _type: 'gallery', images: [image({ alt: undefined })] })
    expect(await errorsFor(noAlt)).toEqual([
      'intro.[_key=="x"].images.[_key=="g1"].alt: Describe the image for screen-reader users.',
    ])
    expect(await errorsFor(withBlock({ _type: 'gallery', images: [] }))).toEqual([
      expect.stringMatching(/^intro\.\[_key=="x"\]\.images: /),
    ])
  })

  it('refuses an image link that is not http(s) and caption links with unsafe schemes', async () => {
    const badLink = withBlock(image({ _key: 'x', link: 'javascript:alert(1)' }))
    expect(await errorsFor(badLink)).toEqual([expect.stringMatching(/^intro\.\[_key=="x"\]\.link: /)])
    const badCaptionLink = withBlock(
      image({
        _key: 'x',
        caption: 'See here',
        captionLinks: [{ _type: 'captionLink', _key: 'c', text: 'here', href: 'data:text/html,x' }],
      }),
    )
    expect(await errorsFor(badCaptionLink)).toEqual([
      expect.stringMatching(/^intro\.\[_key=="x"\]\.captionLinks\.\[_key=="c"\]\.href: /),
    ])
  })

  it('warns when a caption link names words the caption does not contain', async () => {
    const stray = withBlock(
      image({
        _key: 'x',
        caption: 'Our garden',
        captionLinks: [{ _type: 'captionLink', _key: 'c', text: 'waiting room', href: 'https://example.org' }],
      }),
    )
    expect(await errorsFor(stray)).toEqual([])
    expect(await warningsFor(stray)).toContain(
      '"waiting room" does not appear in the caption, so it will not be linked.',
    )
    const found = withBlock(
      image({
        _key: 'x',
        caption: 'Our waiting room',
        captionLinks: [{ _type: 'captionLink', _key: 'c', text: 'waiting room', href: 'https://example.org' }],
      }),
    )
    expect((await warningsFor(found)).filter((warning) => warning.includes('caption'))).toEqual([])
  })

  it('refuses a table without rows and a definition without a term', async () => {
    expect(
      await errorsFor(withBlock({ _type: 'dataTable', headerRow: false, table: { _type: 'table', rows: [] } })),
    ).toEqual(['intro.[_key=="x"].table: Add at least one row.'])
    const noTerm = withBlock({
      _type: 'definitionList',
      items: [{ _type: 'definitionItem', _key: 'd1', definition: 'Something.' }],
    })
    expect(await errorsFor(noTerm)).toEqual(['intro.[_key=="x"].items.[_key=="d1"].term: Required'])
  })
})

describe('topic parents', () => {
  const topic = (id: string, parent?: string) =>
    doc({ _id: id, _type: 'topic', title: id, slug: slug(id), ...(parent ? { parent: ref(parent) } : {}) })

  it('accepts a parent, and refuses the topic itself or one of its own descendants', async () => {
    const parentOf = [topic('mental-health'), topic('depression', 'mental-health'), topic('postpartum', 'depression')]
    const check = (document: Doc) =>
      validateWithStudioRules(document, [...parentOf.filter((t) => t._id !== document._id), document], 'studio').then(
        errorsOf,
      )
    expect(await check(topic('anxiety', 'mental-health'))).toEqual([])
    expect(await check(topic('mental-health', 'mental-health'))).toEqual(['parent: A topic cannot be its own parent.'])
    expect(await check(doc({ ...topic('mental-health', 'mental-health'), _id: 'drafts.mental-health' }))).toEqual([
      'parent: A topic cannot be its own parent.',
    ])
    expect(await check(topic('mental-health', 'postpartum'))).toEqual([
      'parent: This parent is already below this topic: choose a topic higher up.',
    ])
  })
})

describe('redirect sources', () => {
  const redirect = (from: string) =>
    doc({ _id: 'redirect-x', _type: 'redirect', from, to: '/blog/new', permanent: true })

  it.each(['/2021/06/old-post/', '/?p=123', '/?page_id=45', '/?cat=7', '/?tag=news', '/?author=3'])(
    'accepts %s',
    async (from) => {
      expect(await errorsFor(redirect(from))).toEqual([])
    },
  )

  it.each(['old-post', '/?s=ketamine', '/?p=1&cat=2', '/blog?p=1', '/?p=', '/?p=1#top', '/ with space'])(
    'refuses %s',
    async (from) => {
      expect(await errorsFor(redirect(from))).toEqual([expect.stringMatching(/^from: /)])
    },
  )
})
