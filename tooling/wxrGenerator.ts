import { readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { createRandom, type Random } from './random'

/**
 * A WordPress export (WXR 1.2) of `posts` posts for bench:import, the same bytes for the same
 * seed: real sentences from the example article recombined into Gutenberg HTML with headings
 * (or none, as most real posts), lists, images with captions, galleries, tables, quotes,
 * embeds, internal and external links; categories with parents, tags, authors, comments,
 * attachments with alt text, Yoast meta, drafts, private posts and pages among the posts.
 * About 12 KB per post, so 10,000 posts are about 120 MB.
 */
export type WxrOptions = { posts: number; seed: number }

const SITE = 'https://old-clinic.example'
const SOURCE = path.join(process.cwd(), 'sanity', 'dataset', 'source', 'articles', 'ketamine-postpartum-depression.txt')

const AUTHORS = [
  'amelia.ross',
  'ben.carter',
  'clinic-team',
  'dana.li',
  'eli.novak',
  'farah.khan',
  'george.park',
  'hana.sato',
]
const CATEGORIES: Array<[slug: string, name: string, parent: string]> = [
  ['mental-health', 'Mental Health', ''],
  ['depression', 'Depression', 'mental-health'],
  ['postpartum-depression', 'Postpartum Depression', 'depression'],
  ['anxiety', 'Anxiety', 'mental-health'],
  ['ptsd', 'PTSD', 'mental-health'],
  ['treatments', 'Treatments', ''],
  ['ketamine-therapy', 'Ketamine Therapy', 'treatments'],
  ['tms', 'TMS', 'treatments'],
  ['wellness', 'Wellness', ''],
  ['sleep', 'Sleep', 'wellness'],
  ['clinic-news', 'Clinic News', ''],
  ['uncategorized', 'Uncategorized', ''],
]
const TAGS = Array.from({ length: 40 }, (_, n) => `tag-${n + 1}`)

function sourceText(): { sentences: string[]; headings: string[] } {
  const lines = readFileSync(SOURCE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+/)).filter((sentence) => sentence.length > 40)
  const headings = lines.filter((line) => line.length < 70 && !/[.?:]$/.test(line))
  return { sentences, headings }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

type Post = { id: number; slug: string; link: string }

function wxrDate(
  random: Random,
  index: number,
  posts: number,
): { local: string; gmt: string; month: string; year: string } {
  // Posts spread over ten years in order, so permalinks and ?p= ids point backwards in time.
  const start = Date.UTC(2015, 0, 1)
  const time = start + Math.floor(((index + random.next()) / posts) * 10 * 365 * 86_400_000)
  const iso = new Date(time).toISOString()
  const gmt = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
  return { local: gmt, gmt, year: iso.slice(0, 4), month: iso.slice(5, 7) }
}

class PostWriter {
  constructor(
    private readonly random: Random,
    private readonly text: { sentences: string[]; headings: string[] },
    private readonly earlier: Post[],
  ) {}

  private sentence(): string {
    return escapeHtml(this.random.pick(this.text.sentences))
  }

  private link(): string {
    const previous = this.earlier.length > 0 ? this.random.pick(this.earlier) : undefined
    const roll = this.random.next()
    if (previous && roll < 0.3) return `<a href="${previous.link}">${escapeHtml(previous.slug.replace(/-/g, ' '))}</a>`
    if (previous && roll < 0.4) return `<a href="${SITE}/?p=${previous.id}">an earlier post</a>`
    if (roll < 0.5) return `<a href="/contact/">contact the clinic</a>`
    return `<a href="https://www.nimh.nih.gov/health/topics/${this.random.pick(['depression', 'anxiety-disorders', 'perinatal-depression'])}">NIMH</a>`
  }

  private paragraph(): string {
    const sentences = Array.from({ length: this.random.int(2, 5) }, () => this.sentence())
    if (this.random.chance(0.5))
      sentences.splice(this.random.int(0, sentences.length), 0, `Read more from ${this.link()}.`)
    if (this.random.chance(0.3)) sentences[0] = `<strong>${sentences[0]}</strong>`
    return `<!-- wp:paragraph -->\n<p>${sentences.join(' ')}</p>\n<!-- /wp:paragraph -->`
  }

  private list(): string {
    const ordered = this.random.chance(0.3)
    const tag = ordered ? 'ol' : 'ul'
    const items = Array.from({ length: this.random.int(3, 5) }, () => `<li>${this.sentence()}</li>`).join('')
    return `<!-- wp:list${ordered ? ' {"ordered":true}' : ''} -->\n<${tag}>${items}</${tag}>\n<!-- /wp:list -->`
  }

  private image(post: number, n: number, year: string, month: string): string {
    const id = 1_000_000 + post * 10 + n
    const src = `${SITE}/wp-content/uploads/${year}/${month}/picture-${post}-${n}-1024x683.jpg`
    const alt = this.random.chance(0.8) ? ` alt="${escapeHtml(this.random.pick(this.text.headings))}"` : ''
    if (this.random.chance(0.2)) {
      return `[caption id="attachment_${id}" align="aligncenter" width="1024"]<img class="size-large wp-image-${id}" src="${src}"${alt} width="1024" height="683" /> ${escapeHtml(this.random.pick(this.text.headings))}, <a href="https://www.who.int/">WHO</a>[/caption]`
    }
    return `<!-- wp:image {"id":${id},"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="${src}"${alt} class="wp-image-${id}"/><figcaption class="wp-element-caption">${this.sentence()}</figcaption></figure>\n<!-- /wp:image -->`
  }

  private extra(post: number, year: string, month: string): string {
    const roll = this.random.next()
    if (roll < 0.25)
      return `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>${this.sentence()}</p><cite>A patient</cite></blockquote>\n<!-- /wp:quote -->`
    if (roll < 0.33) {
      const rows = Array.from(
        { length: this.random.int(2, 4) },
        (_, n) =>
          `<tr><td>Week ${n + 1}</td><td>${this.random.int(10, 90)}%</td><td>${this.random.int(1, 30)}</td></tr>`,
      ).join('')
      return `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Week</th><th>Improvement</th><th>Patients</th></tr></thead><tbody>${rows}</tbody></table><figcaption>Results by week</figcaption></figure>\n<!-- /wp:table -->`
    }
    if (roll < 0.38) {
      const ids = [1, 2, 3].map((n) => 1_000_000 + post * 10 + 5 + n)
      const images = ids
        .map(
          (id, n) =>
            `<figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/${year}/${month}/gallery-${post}-${n}.jpg" alt="Gallery picture ${n + 1}" class="wp-image-${id}"/></figure>`,
        )
        .join('')
      return `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-3">${images}</figure>\n<!-- /wp:gallery -->`
    }
    if (roll < 0.43) {
      const video = `https://www.youtube.com/watch?v=${slugOf(this.random.pick(this.text.headings)).slice(0, 11)}`
      return `<!-- wp:embed {"url":"${video}","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">\n${video}\n</div></figure>\n<!-- /wp:embed -->`
    }
    return this.list()
  }

  content(post: number, year: string, month: string): string {
    const blocks: string[] = [this.paragraph(), this.paragraph()]
    if (this.random.chance(0.3)) blocks.push('<!--more-->')
    // Most real posts have no H2: some have H3s only, some no heading at all.
    const shape = this.random.next()
    const sections = shape < 0.6 ? this.random.int(2, 5) : 0
    let images = 0
    if (sections === 0) {
      const paragraphs = this.random.int(4, 14)
      for (let n = 0; n < paragraphs; n++) {
        if (shape < 0.8 && n % 4 === 3)
          blocks.push(
            `<!-- wp:heading {"level":3} -->\n<h3>${escapeHtml(this.random.pick(this.text.headings))}</h3>\n<!-- /wp:heading -->`,
          )
        blocks.push(this.paragraph())
        if (n === 2) blocks.push(this.image(post, images++, year, month))
        if (n === 5) blocks.push(this.extra(post, year, month))
      }
    }
    for (let section = 0; section < sections; section++) {
      blocks.push(
        `<!-- wp:heading -->\n<h2>${escapeHtml(this.random.pick(this.text.headings))}</h2>\n<!-- /wp:heading -->`,
      )
      for (let n = this.random.int(2, 3); n > 0; n--) blocks.push(this.paragraph())
      if (this.random.chance(0.4))
        blocks.push(
          `<!-- wp:heading {"level":3} -->\n<h3>${escapeHtml(this.random.pick(this.text.headings))}</h3>\n<!-- /wp:heading -->`,
          this.paragraph(),
        )
      if (this.random.chance(0.6)) blocks.push(this.extra(post, year, month))
      if (this.random.chance(0.5) && images < 5) blocks.push(this.image(post, images++, year, month))
    }
    return blocks.join('\n\n')
  }
}

function comment(random: Random, text: { sentences: string[] }, id: number, date: string): string {
  const author = random.pick(['Sam', 'Alex', 'Jordan', 'Casey', 'Riley', 'Morgan'])
  return `
    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author>${cdata(author)}</wp:comment_author>
      <wp:comment_author_email>${cdata(`${author.toLowerCase()}@mail.example`)}</wp:comment_author_email>
      <wp:comment_date>${cdata(date)}</wp:comment_date>
      <wp:comment_date_gmt>${cdata(date)}</wp:comment_date_gmt>
      <wp:comment_content>${cdata(`${random.pick(text.sentences)} ${random.pick(text.sentences)}`)}</wp:comment_content>
      <wp:comment_approved>${cdata('1')}</wp:comment_approved>
      <wp:comment_type>${cdata('comment')}</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>`
}

const meta = (key: string, value: string) => `
    <wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>`

function header(): string {
  const authors = AUTHORS.map(
    (login, n) =>
      `  <wp:author><wp:author_id>${n + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@old-clinic.example`)}</wp:author_email><wp:author_display_name>${cdata(
        login
          .split(/[.-]/)
          .map((part) => part[0]!.toUpperCase() + part.slice(1))
          .join(' '),
      )}</wp:author_display_name></wp:author>`,
  )
  const categories = CATEGORIES.map(
    ([slug, name, parent], n) =>
      `  <wp:category><wp:term_id>${n + 1}</wp:term_id><wp:category_nicename>${cdata(slug)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>`,
  )
  const tags = TAGS.map(
    (slug, n) =>
      `  <wp:tag><wp:term_id>${100 + n}</wp:term_id><wp:tag_slug>${cdata(slug)}</wp:tag_slug><wp:tag_name>${cdata(`Tag ${n + 1}`)}</wp:tag_name></wp:tag>`,
  )
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- Generated by scripts/bench/wxrGenerator.ts for npm run bench:import. -->
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Old Clinic Blog</title>
  <link>${SITE}</link>
  <description>Generated benchmark export</description>
  <language>en-US</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${SITE}</wp:base_site_url>
  <wp:base_blog_url>${SITE}</wp:base_blog_url>
${[...authors, ...categories, ...tags].join('\n')}
`
}

/** The export in pieces (header, then one post with its attachment at a time), so any size streams to disk. */
export function* wxrChunks({ posts, seed }: WxrOptions): Generator<string> {
  const random = createRandom(seed)
  const text = sourceText()
  const earlier: Post[] = []
  const writer = new PostWriter(random, text, earlier)
  yield header()
  for (let index = 0; index < posts; index++) {
    const id = 10 + index * 2
    const date = wxrDate(random, index, posts)
    const title = `${random.pick(text.headings)} (${index + 1})`
    // About one post in a hundred repeats an earlier slug, as posts copied in WordPress do.
    const slug = random.chance(0.01) && earlier.length > 0 ? random.pick(earlier).slug : slugOf(title)
    const type = random.chance(0.05) ? 'page' : 'post'
    const status = random.pick([
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'publish',
      'draft',
      'private',
      'pending',
    ])
    const link = type === 'page' ? `${SITE}/${slug}/` : `${SITE}/${date.year}/${date.month}/${slug}/`
    const content = writer.content(id, date.year, date.month)
    const categories = random.pickSkewed(CATEGORIES, random.int(1, 2))
    const tags = random.pickSkewed(TAGS, random.int(0, 4))
    const thumbnail = random.chance(0.8)
    const postMeta = [
      ...(thumbnail ? [meta('_thumbnail_id', String(id + 1))] : []),
      ...(random.chance(0.5) ? [meta('_yoast_wpseo_metadesc', random.pick(text.sentences).slice(0, 155))] : []),
      ...(random.chance(0.3) ? [meta('_yoast_wpseo_title', `${title} | Old Clinic`)] : []),
      ...(random.chance(0.2) ? [meta('_yoast_wpseo_focuskw', random.pick(text.headings).toLowerCase())] : []),
    ].join('')
    const comments = Array.from({ length: random.int(0, 4) }, (_, n) =>
      comment(random, text, id * 10 + n, date.gmt),
    ).join('')
    yield `
  <item>
    <title>${escapeHtml(title)}</title>
    <link>${link}</link>
    <pubDate>${new Date(`${date.gmt.replace(' ', 'T')}Z`).toUTCString().replace('GMT', '+0000')}</pubDate>
    <dc:creator>${cdata(random.pick(AUTHORS))}</dc:creator>
    <guid isPermaLink="false">${SITE}/?p=${id}</guid>
    <description></description>
    <content:encoded>${cdata(content)}</content:encoded>
    <excerpt:encoded>${cdata(random.chance(0.2) ? random.pick(text.sentences) : '')}</excerpt:encoded>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date>${cdata(date.local)}</wp:post_date>
    <wp:post_date_gmt>${cdata(status === 'draft' || status === 'pending' ? '0000-00-00 00:00:00' : date.gmt)}</wp:post_date_gmt>
    <wp:post_modified_gmt>${cdata(date.gmt)}</wp:post_modified_gmt>
    <wp:comment_status>${cdata('open')}</wp:comment_status>
    <wp:post_name>${cdata(status === 'draft' ? '' : slug)}</wp:post_name>
    <wp:status>${cdata(status)}</wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type>${cdata(type)}</wp:post_type>
    <wp:post_password>${cdata(status === 'publish' && random.chance(0.01) ? 'secret' : '')}</wp:post_password>
${categories.map(([nicename, name]) => `    <category domain="category" nicename="${nicename}">${cdata(name)}</category>`).join('\n')}
${tags.map((tag) => `    <category domain="post_tag" nicename="${tag}">${cdata(`Tag ${tag.slice(4)}`)}</category>`).join('\n')}${postMeta}${comments}
  </item>
  <item>
    <title>${escapeHtml(`picture-${id}`)}</title>
    <link>${SITE}/?attachment_id=${id + 1}</link>
    <dc:creator>${cdata(AUTHORS[0]!)}</dc:creator>
    <guid isPermaLink="false">${SITE}/wp-content/uploads/${date.year}/${date.month}/picture-${id}.jpg</guid>
    <content:encoded>${cdata('')}</content:encoded>
    <excerpt:encoded>${cdata('')}</excerpt:encoded>
    <wp:post_id>${id + 1}</wp:post_id>
    <wp:post_date_gmt>${cdata(date.gmt)}</wp:post_date_gmt>
    <wp:post_name>${cdata(`picture-${id}`)}</wp:post_name>
    <wp:status>${cdata('inherit')}</wp:status>
    <wp:post_parent>${id}</wp:post_parent>
    <wp:post_type>${cdata('attachment')}</wp:post_type>
    <wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${date.year}/${date.month}/picture-${id}.jpg`)}</wp:attachment_url>${meta('_wp_attachment_image_alt', random.pick(text.headings))}
  </item>`
    earlier.push({ id, slug, link })
    if (earlier.length > 200) earlier.shift()
  }
  yield '\n</channel>\n</rss>\n'
}

/** Writes the export to `file`, a chunk at a time; returns its size in bytes. */
export async function writeWxr(file: string, options: WxrOptions): Promise<number> {
  const handle = await open(file, 'w')
  let size = 0
  try {
    let pending: string[] = []
    let pendingLength = 0
    for (const chunk of wxrChunks(options)) {
      pending.push(chunk)
      pendingLength += chunk.length
      if (pendingLength > 1 << 20) {
        size += (await handle.write(pending.join(''))).bytesWritten
        pending = []
        pendingLength = 0
      }
    }
    size += (await handle.write(pending.join(''))).bytesWritten
  } finally {
    await handle.close()
  }
  return size
}
