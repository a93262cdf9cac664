/** Writes small WordPress exports for tests, each stating only what it is about. */

export interface TestItem {
  id: number
  title?: string
  slug?: string
  type?: string
  status?: string
  password?: string
  date?: string
  link?: string
  creator?: string
  content?: string
  excerpt?: string
  terms?: Array<{ domain: 'category' | 'post_tag'; nicename: string; name: string }>
  meta?: Record<string, string>
  comments?: number
  attachmentUrl?: string
}

export interface TestExport {
  site?: string
  authors?: Array<{ id: number; login: string; name: string }>
  categories?: Array<{ id: number; slug: string; name: string; parent?: string }>
  tags?: Array<{ id: number; slug: string; name: string }>
  items: TestItem[]
  encoding?: string
}

const cdata = (text: string) => `<![CDATA[${text}]]>`

function item(site: string, post: TestItem): string {
  const slug = post.slug ?? `post-${post.id}`
  const date = post.date ?? `2023-01-${String((post.id % 28) + 1).padStart(2, '0')} 09:00:00`
  const meta = Object.entries(post.meta ?? {})
    .map(
      ([key, value]) =>
        `<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>`,
    )
    .join('')
  const comments = Array.from(
    { length: post.comments ?? 0 },
    (_, n) =>
      `<wp:comment><wp:comment_id>${n + 1}</wp:comment_id><wp:comment_content>${cdata('Nice post')}</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>`,
  ).join('')
  const terms = (post.terms ?? [])
    .map((term) => `<category domain="${term.domain}" nicename="${term.nicename}">${cdata(term.name)}</category>`)
    .join('')
  return `<item>
<title>${post.title ?? `Post ${post.id}`}</title>
<link>${post.link ?? `${site}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`}</link>
<pubDate>Mon, 02 Jan 2023 09:00:00 +0000</pubDate>
<dc:creator>${cdata(post.creator ?? 'admin')}</dc:creator>
<guid isPermaLink="false">${site}/?p=${post.id}</guid>
<content:encoded>${cdata(post.content ?? `<p>Body of post ${post.id}.</p>`)}</content:encoded>
<excerpt:encoded>${cdata(post.excerpt ?? '')}</excerpt:encoded>
<wp:post_id>${post.id}</wp:post_id>
<wp:post_date>${cdata(date)}</wp:post_date>
<wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(post.status ?? 'publish')}</wp:status>
<wp:post_type>${cdata(post.type ?? 'post')}</wp:post_type>
<wp:post_password>${cdata(post.password ?? '')}</wp:post_password>
${post.attachmentUrl ? `<wp:attachment_url>${cdata(post.attachmentUrl)}</wp:attachment_url>` : ''}${terms}${meta}${comments}
</item>`
}

export function wxr(input: TestExport): string {
  const site = input.site ?? 'https://old-clinic.example'
  const authors = (input.authors ?? [{ id: 1, login: 'admin', name: 'Clinic Team' }])
    .map(
      (author) =>
        `<wp:author><wp:author_id>${author.id}</wp:author_id><wp:author_login>${cdata(author.login)}</wp:author_login><wp:author_display_name>${cdata(author.name)}</wp:author_display_name></wp:author>`,
    )
    .join('\n')
  const categories = (input.categories ?? [])
    .map(
      (category) =>
        `<wp:category><wp:term_id>${category.id}</wp:term_id><wp:category_nicename>${cdata(category.slug)}</wp:category_nicename><wp:category_parent>${cdata(category.parent ?? '')}</wp:category_parent><wp:cat_name>${cdata(category.name)}</wp:cat_name></wp:category>`,
    )
    .join('\n')
  const tags = (input.tags ?? [])
    .map(
      (tag) =>
        `<wp:tag><wp:term_id>${tag.id}</wp:term_id><wp:tag_slug>${cdata(tag.slug)}</wp:tag_slug><wp:tag_name>${cdata(tag.name)}</wp:tag_name></wp:tag>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="${input.encoding ?? 'UTF-8'}" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Old Clinic</title>
<link>${site}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site}</wp:base_site_url>
<wp:base_blog_url>${site}</wp:base_blog_url>
${authors}
${categories}
${tags}
${input.items.map((post) => item(site, post)).join('\n')}
</channel>
</rss>
`
}
