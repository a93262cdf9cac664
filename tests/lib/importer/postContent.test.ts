import { readFileSync } from 'node:fs'
import { AssetCollector } from '@/lib/importer/assets'
import { buildArticleDocuments } from '@/lib/importer/documents'
import type { ContentOptions } from '@/lib/importer/htmlContent'
import { detectStructure } from '@/lib/importer/structure'
import { documentWordCount, htmlWordCount } from '@/lib/importer/wordCount'
import { parseWordpressPost } from '@/lib/importer/wordpressPost'
import { wordpressContentToHtml } from '@/lib/importer/wordpressContent'
import { dataTable } from '../../support/contentBlocks'
import { fixturePath } from '../../support/fixtures'

const RICH = readFileSync(fixturePath('importer', 'rich-post-content.html'), 'utf8')

const ATTACHMENTS: Record<string, { url: string; alt?: string; caption?: string }> = {
  '21': {
    url: 'https://clinic.example/wp-content/uploads/room-1.jpg',
    alt: 'Treatment room one',
    caption: 'A quiet treatment room',
  },
  '22': { url: 'https://clinic.example/wp-content/uploads/room-2.jpg', alt: 'Treatment room two' },
}

const options: ContentOptions = {
  imageSource: (src) => (/^https?:/.test(src) ? { kind: 'url', url: src } : undefined),
  altFor: (src) =>
    src === 'https://clinic.example/wp-content/uploads/park.jpg' ? 'A park with tall trees' : undefined,
  attachment: (id) => ATTACHMENTS[id],
  deriveEasyTocIds: true,
}

async function importContent(content: string, input: { title?: string; excerpt?: string } = {}) {
  const { post, warnings } = parseWordpressPost(
    {
      title: input.title ?? 'A <em>Post</em>',
      content,
      slug: 'a-post',
      meta: {},
      ...(input.excerpt ? { excerpt: input.excerpt } : {}),
    },
    options,
  )
  const documents = await buildArticleDocuments(
    post,
    detectStructure(post.elements, { lenient: true }),
    new AssetCollector(),
  )
  return { ...documents, warnings: [...warnings, ...documents.warnings] }
}

describe('WordPress post content', () => {
  it('imports a post without headings as an article whose body is its intro', async () => {
    const { article } = await importContent('Just one paragraph.\n\nAnd a second one.')
    expect(article.sections).toEqual([])
    expect(
      article.intro.map((block) => block._type === 'block' && (block.children ?? []).map((span) => span.text).join('')),
    ).toEqual(['Just one paragraph.', 'And a second one.'])
  })

  it('keeps the h3s and h4s of a post without h2s as headings in the intro, and makes h5/h6 h4s', async () => {
    const { article } = await importContent('<h3>Three</h3><p>a</p><h4>Four</h4><p>b</p><h6>Six</h6><p>c</p>')
    expect(article.sections).toEqual([])
    expect(article.intro.map((block) => (block._type === 'block' ? block.style : block._type))).toEqual([
      'h3',
      'normal',
      'h4',
      'normal',
      'h4',
      'normal',
    ])
  })

  it('counts an h1 inside the content as a section heading', async () => {
    const { article } = await importContent('<p>Intro.</p><h1>Big Heading</h1><p>Body.</p>')
    expect(article.sections.map((section) => section.heading)).toEqual(['Big Heading'])
  })

  it('makes titles and excerpts plain text and cuts a long excerpt at a word boundary', async () => {
    const long = `<p>${'Word '.repeat(100)}</p>`
    const { article } = await importContent('<p>Body.</p>', {
      title: 'Caf&eacute; &amp; <strong>tea</strong>\n time',
      excerpt: long,
    })
    expect(article.title).toBe('Café & tea time')
    expect(article.excerpt.length).toBeLessThanOrEqual(300)
    expect(article.excerpt).toMatch(/^Word( Word)+…$/)
  })

  it('takes the excerpt from the text before <!--more--> and joins <!--nextpage--> pages in order', async () => {
    const { article } = await importContent(
      '<p>The <em>teaser</em> text.</p>\n<!--more-->\n<p>Page one.</p><!--nextpage--><p>Page two.</p>',
    )
    expect(article.excerpt).toBe('The teaser text.')
    const texts = article.intro.map((block) =>
      block._type === 'block' ? (block.children ?? []).map((span) => span.text).join('') : '',
    )
    expect(texts).toEqual(['The teaser text.', 'Page one.', 'Page two.'])
  })

  it('converts tables, code and definition lists to their own blocks', async () => {
    const { article } = await importContent(RICH)
    const body = article.sections[0]?.body ?? []
    expect(body.find((block) => block._type === 'dataTable')).toEqual(
      dataTable(expect.any(String), 'Suggested daily activity', [
        ['Activity', 'Minutes'],
        ['Walking outside', '20'],
        ['Stretching gently', '10'],
      ]),
    )
    expect(body.find((block) => block._type === 'code')).toMatchObject({
      language: 'python',
      code: 'def rest(hours):\n\n    return hours * 2',
    })
    expect(body.find((block) => block._type === 'definitionList')).toMatchObject({
      items: [
        { _type: 'definitionItem', term: 'Ketamine', definition: 'An anaesthetic studied for depression.' },
        { _type: 'definitionItem', term: 'Infusion', definition: 'Medicine given slowly through a vein.' },
      ],
    })
    expect(body).toContainEqual(
      expect.objectContaining({
        _type: 'block',
        style: 'h4',
        children: [expect.objectContaining({ text: 'A Note on Timing' })],
      }),
    )
  })

  it('never glues the words of neighbouring blocks, and keeps spaces between entities', async () => {
    const { article } = await importContent(RICH)
    const text = JSON.stringify(article)
    expect(text).not.toMatch(/FarmDownload|25%50%|nowCall|Café&/)
    expect(text).toContain('Café & tea')
    const body = article.sections[0]?.body ?? []
    const paragraphs = body.flatMap((block) =>
      block._type === 'block' ? [(block.children ?? []).map((span) => span.text).join('')] : [],
    )
    expect(paragraphs).toEqual(
      expect.arrayContaining(['Wind Farm Download', 'Book now', 'Call us', '25%', '50%', '75%', '100%']),
    )
  })

  it('keeps alt text (from the img, else the attachment), captions with their links, and the link around an image', async () => {
    const { article, warnings } = await importContent(RICH)
    const media = article.sections[1]?.body ?? []
    expect(media[0]).toEqual({
      _type: 'image',
      _key: 'image0',
      alt: 'A park with tall trees',
      caption: 'The park near the clinic, photo by Ann Lee',
      captionLinks: [
        { _type: 'captionLink', _key: 'captionLink0', text: 'Ann Lee', href: 'https://photos.example/ann' },
      ],
      link: 'https://clinic.example/full/park.jpg',
      asset: { _sanityAsset: 'image@https://clinic.example/wp-content/uploads/park-300x200.jpg' },
    })
    expect(media[1]).toMatchObject({ _type: 'image', alt: 'Our waiting room', caption: 'A calm waiting room' })
    expect(warnings.filter((warning) => /alt text/.test(warning))).toEqual([])
    const { warnings: missing } = await importContent('<p><img src="https://x.example/a.jpg"></p>')
    expect(missing).toContain('image "https://x.example/a.jpg" (block 1) has no alt text; add it in the Studio')
  })

  it('makes one gallery block of a [gallery] shortcode and of a Gutenberg gallery, all images in order', async () => {
    const { article } = await importContent(RICH)
    const galleries = (article.sections[1]?.body ?? []).filter((block) => block._type === 'gallery')
    expect(galleries.map((gallery) => gallery.images?.map((image) => [image.alt, image.caption]))).toEqual([
      [
        ['Treatment room one', 'A quiet treatment room'],
        ['Treatment room two', undefined],
      ],
      [
        ['First gallery picture', 'Garden in spring'],
        ['Second gallery picture', undefined],
      ],
    ])
    expect(JSON.stringify(article)).toContain('Our garden through the year')
  })

  it('turns oEmbed URLs, [embed], Gutenberg embeds, video, audio and iframes into embed blocks, and warns about the rest', async () => {
    const { article, warnings } = await importContent(RICH)
    const embeds = (article.sections[1]?.body ?? []).filter((block) => block._type === 'embed')
    expect(embeds.map(({ url, kind, provider, title }) => ({ url, kind, provider, title }))).toEqual([
      { url: 'https://www.youtube.com/watch?v=abc123', kind: 'video', provider: 'YouTube', title: undefined },
      { url: 'https://vimeo.com/76979871', kind: 'video', provider: 'Vimeo', title: undefined },
      { url: 'https://twitter.com/clinic/status/1', kind: 'link', provider: 'X', title: 'Our announcement' },
      { url: 'https://clinic.example/tour.mp4', kind: 'video', provider: undefined, title: undefined },
      { url: 'https://clinic.example/podcast.mp3', kind: 'audio', provider: undefined, title: undefined },
      { url: 'https://maps.example/embed?q=clinic', kind: 'iframe', provider: undefined, title: 'Map to the clinic' },
    ])
    expect(warnings).toContain('iframe "javascript:alert(1)" dropped: only http(s) addresses can be embedded')
  })

  it('keeps unknown shortcodes as text with a warning, and a bracketed phrase as text without one', async () => {
    const { article, warnings } = await importContent(RICH)
    const text = JSON.stringify(article)
    expect(text).toContain('[contact-form-7 id=\\"5\\" title=\\"Contact\\"]')
    expect(text).toContain('feel better [citation needed] and sleep')
    expect(warnings).toContain('unknown shortcode [contact-form-7] kept as text')
    expect(warnings.filter((warning) => /citation/.test(warning))).toEqual([])
  })

  it('reads "Key Takeaway:" callouts and Yoast FAQ blocks, and drops the Easy-TOC box', async () => {
    const { article, takeaways, faqs } = await importContent(RICH)
    expect(takeaways.map((takeaway) => takeaway.text)).toEqual(['Small daily routines make mornings easier.'])
    expect(faqs.map((faq) => [faq.question, faq.answer.length])).toEqual([
      ['Is walking safe after a birth?', 1],
      ['How long should walks be?', 1],
    ])
    expect(article.sections.map((section) => section.heading)).toEqual([
      'Morning Routines',
      'Pictures and Media',
      'Second Page Section',
    ])
    expect(JSON.stringify(article)).not.toMatch(/Table of Contents/)
  })

  it('loses no more than 2% of the visible words of a post with every construct', async () => {
    const imported = await importContent(RICH)
    const source = htmlWordCount(wordpressContentToHtml(RICH, options)) + htmlWordCount('A Post')
    const arrived = documentWordCount(imported)
    expect(source).toBeGreaterThan(150)
    expect(arrived / source).toBeGreaterThanOrEqual(0.98)
  })
})

describe('word counts', () => {
  it('count the words a reader sees in HTML, not markup, scripts or the Easy-TOC box', () => {
    expect(
      htmlWordCount(
        '<p>One <b>two</b></p><div>three</div><script>var four</script><div id="ez-toc-container">five</div> &amp; -',
      ),
    ).toBe(3)
  })
})

describe('the seed pattern in WordPress content', () => {
  it('reads "Key Takeaway:" paragraphs and an "FAQs about ..." block with heading questions', async () => {
    const { takeaways, faqs, article } = await importContent(
      [
        '<p>Intro.</p>',
        '<h2>Sleep</h2><p>Body.</p><p><strong>Key Takeaway:</strong></p><p>Sleep matters.</p>',
        '<h2>FAQs about Sleep</h2><h3>How long?</h3><p>Eight hours.</p><p><strong>Is a nap enough?</strong></p><p>Not always.</p>',
        '<h2>Conclusion</h2><p>Rest.</p>',
      ].join('\n\n'),
    )
    expect(takeaways.map((takeaway) => takeaway.text)).toEqual(['Sleep matters.'])
    expect(article.faqTitle).toBe('FAQs about Sleep')
    expect(faqs.map((faq) => faq.question)).toEqual(['How long?', 'Is a nap enough?'])
    expect(article.conclusion).toHaveLength(1)
  })
})

describe('WordPress posts that break the pattern still arrive whole', () => {
  const words = (documents: Awaited<ReturnType<typeof importContent>>) =>
    JSON.stringify([documents.article, documents.faqs, documents.takeaways])

  it('keeps an FAQ question without an answer as text, with a warning, and imports the rest', async () => {
    const documents = await importContent(
      '<p>Intro.</p><h2>FAQs about Sleep</h2><h3>How long?</h3><p>Eight hours.</p><h3>Is a nap enough?</h3>',
    )
    expect(documents.faqs.map((faq) => faq.question)).toEqual(['How long?'])
    expect(words(documents)).toContain('Is a nap enough?')
    expect(documents.warnings.join('\n')).toMatch(/FAQ question "Is a nap enough\?" has no answer .*kept as text/)
  })

  it('keeps a "Key Takeaway:" with nothing after it, and a second takeaway, as text', async () => {
    const documents = await importContent(
      '<h2>Sleep</h2><p>Body.</p><p>Key Takeaway: Sleep matters.</p><p>Key Takeaway: Naps help too.</p><h2>Food</h2><p>Eat.</p><p><strong>Key Takeaway:</strong></p>',
    )
    expect(documents.takeaways.map((takeaway) => takeaway.text)).toEqual(['Sleep matters.'])
    expect(words(documents)).toContain('Naps help too.')
    expect(documents.warnings.join('\n')).toMatch(/already has a key takeaway/)
    expect(documents.warnings.join('\n')).toMatch(/is not followed by a paragraph/)
  })

  it("the clinic's own plain-text pattern stays strict", () => {
    const { post } = parseWordpressPost(
      { title: 'T', content: '<h2>FAQs about Sleep</h2><h3>How long?</h3>', slug: 't', meta: {} },
      options,
    )
    expect(() => detectStructure(post.elements)).toThrow('FAQ question "How long?" has no answer')
  })
})
