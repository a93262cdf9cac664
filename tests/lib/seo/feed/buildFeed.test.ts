import { SaxesParser } from 'saxes'
import { getFeedArticles, type FeedArticle } from '@/lib/sanity/queries/feed'
import { getSettings } from '@/lib/sanity/queries/settings'
import { buildFeed, type FeedFormat } from '@/lib/seo/feed/buildFeed'

// Names typed or pasted into the CMS carry whatever the clipboard held. A control character in a
// clinic, person or topic name, or anywhere else, must not make either feed invalid XML, and an
// article title's markup is text in both formats.

/** Every well-formedness error a strict XML 1.0 parser finds. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (error) => errors.push(error.message))
  parser.write(xml).close()
  return errors
}

/** The text of every <title> inside an item or entry, as an XML parser reads it. */
function itemTitles(xml: string): string[] {
  const titles: string[] = []
  const open: string[] = []
  let text: string | null = null
  const parser = new SaxesParser()
  parser.on('opentag', (tag) => {
    if (tag.name === 'title' && open.some((name) => name === 'item' || name === 'entry')) text = ''
    open.push(tag.name)
  })
  parser.on('text', (chunk) => void (text !== null && (text += chunk)))
  parser.on('cdata', (chunk) => void (text !== null && (text += chunk)))
  parser.on('closetag', (tag) => {
    open.pop()
    if (tag.name === 'title' && text !== null) {
      titles.push(text)
      text = null
    }
  })
  parser.write(xml).close()
  return titles
}

const CONTROLS = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uD800'

function hostile(article: FeedArticle, index: number): FeedArticle {
  return {
    ...article,
    title: `${index === 0 ? '<b>Bold</b> & ' : ''}${article.title}${CONTROLS}`,
    excerpt: `${article.excerpt ?? ''}${CONTROLS} ]]> end`,
    author: { ...article.author, name: `${article.author.name}${CONTROLS}` },
    topics: article.topics.map((topic) => ({ ...topic, title: `${topic.title}${CONTROLS}` })),
    takeaways: article.takeaways.map((text) => `${text}${CONTROLS}`),
  }
}

describe.each<FeedFormat>(['rss', 'atom'])('the %s feed', (format) => {
  it('is well-formed XML when clinic, person, topic and article texts hold control characters', async () => {
    const [articles, settings] = await Promise.all([getFeedArticles(), getSettings()])
    const xml = buildFeed(
      articles.map(hostile),
      { ...settings, clinicName: `${settings.clinicName}${CONTROLS}` },
      format,
    )
    expect(xmlErrors(xml)).toEqual([])
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })

  it("escapes an article title's markup, so a reader shows it as text", async () => {
    const [articles, settings] = await Promise.all([getFeedArticles(), getSettings()])
    const first = articles[0] as FeedArticle
    const xml = buildFeed([{ ...first, title: '<b>Bold</b> & "quoted"' }], settings, format)
    expect(itemTitles(xml)).toEqual(['&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;'])
  })
})
