import { expandShortcodes } from '@/lib/importer/shortcodes'

// WordPress shortcodes in imported posts: what each becomes, and what crafted input costs. The
// patterns used to be regular expressions that rescanned the rest of the post from every opener
// without a `]` or a closer: 20,000 `[caption ` openers took 11 s, 100,000 several minutes.

const expand = (content: string) => {
  const warnings: string[] = []
  return { html: expandShortcodes(content, {}, warnings), warnings }
}

describe('shortcodes', () => {
  it('turns a [caption] around an image into a figure with its caption', () => {
    const { html } = expand('Before [caption id="a1" width="300"]<img src="a.jpg" alt="A"> A calm room[/caption] after')
    expect(html).toBe(
      'Before \n\n<figure><img src="a.jpg" alt="A"> <figcaption>A calm room</figcaption></figure>\n\n after',
    )
  })

  it('reads the caption attribute of WordPress before 3.4, and [wp_caption] in any case', () => {
    const { html } = expand('[WP_CAPTION caption="Old &amp; style"]<a href="/x"><img src="b.jpg"></a>[/wp_caption]')
    expect(html).toContain('<figure><a href="/x"><img src="b.jpg"></a><figcaption>Old &amp;amp; style</figcaption>')
  })

  it('takes two captions in a row separately', () => {
    const { html } = expand('[caption]<img src="1.jpg"> One[/caption][caption]<img src="2.jpg"> Two[/caption]')
    expect(html.match(/<figure>/g)).toHaveLength(2)
    expect(html).toContain('<figcaption>One</figcaption>')
    expect(html).toContain('<figcaption>Two</figcaption>')
  })

  it('turns [embed], [video] (closed or not) and [audio] into their markup', () => {
    const { html } = expand(
      '[embed] https://youtu.be/x [/embed] [video mp4="v.mp4"][/video] [audio src="a.mp3"] [embed]not a url here[/embed]',
    )
    expect(html).toContain('<div class="wp-block-embed__wrapper">https://youtu.be/x</div>')
    expect(html).toContain('<video src="v.mp4"></video>')
    expect(html).toContain('<audio src="a.mp3"></audio>')
    expect(html).toContain('[embed]not a url here[/embed]')
  })

  it.each([
    {
      does: 'leaves a [caption] without a closer as text, with a warning like any unknown shortcode',
      content: 'A [caption id="x"]<img src="c.jpg"> never closed',
      html: 'A [caption id="x"]<img src="c.jpg"> never closed',
      warnings: ['unknown shortcode [caption] kept as text'],
    },
    {
      does: 'drops table-of-contents shortcodes, keeps prose in brackets and warns about unknown shortcodes',
      content: '[ez-toc] Text [citation needed] and [a.b] and [button url="/x"]Go[/button]',
      html: ' Text [citation needed] and [a.b] and [button url="/x"]Go[/button]',
      warnings: ['unknown shortcode [button] kept as text'],
    },
  ])('$does', ({ content, html, warnings }) => {
    expect(expand(content)).toEqual({ html, warnings })
  })
})

describe('the cost of crafted shortcodes', () => {
  // Each is about a megabyte; linear work takes a few milliseconds to a few hundred on a busy
  // machine. The bound is generous: the old patterns took minutes.
  it.each([
    ['100,000 [caption openers without a ]', '[caption '.repeat(100_000)],
    ['100,000 [caption] openers without a closer', '[caption]'.repeat(100_000)],
    ['100,000 [wp_caption openers before one ]', `${'[wp_caption x'.repeat(100_000)}]`],
    ['100,000 [embed openers without a ]', '[embed '.repeat(100_000)],
    ['100,000 [video openers without a ]', '[video '.repeat(100_000)],
    ['100,000 [audio] openers without a closer', '[audio]'.repeat(100_000)],
    ['100,000 [name openers without a ]', '[a '.repeat(100_000)],
  ])('%s take well under a second', (_name, content) => {
    const started = performance.now()
    expand(content)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
