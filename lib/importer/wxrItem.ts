import { childrenNamed, childText, type XmlNode } from './wxrParser'

/** A category, tag or other term a post is filed under (`<category domain nicename>`). */
export interface WxrTermRef {
  domain: string
  nicename: string
  name: string
}

/** One `<item>` of a WXR as the importer reads it: every value a string, '' when absent. */
export interface WxrItem {
  /** Position in the file, from 0; with `line`, how errors name the item. */
  index: number
  line: number
  title: string
  link: string
  guid: string
  pubDate: string
  creator: string
  content: string
  excerpt: string
  postId: string
  postDate: string
  postDateGmt: string
  postModifiedGmt: string
  postName: string
  status: string
  postType: string
  password: string
  parentId: string
  attachmentUrl: string
  terms: WxrTermRef[]
  /** Post meta, first value of each key (WordPress keeps one value for the keys read here). */
  meta: Map<string, string>
  comments: number
}

// Comments are not imported; only those WordPress published are counted as left behind.
const isApprovedComment = (comment: XmlNode) => childText(comment, 'wp:comment_approved') === '1'

export function wxrItemOf(node: XmlNode, index: number): WxrItem {
  const meta = new Map<string, string>()
  for (const entry of childrenNamed(node, 'wp:postmeta')) {
    const key = childText(entry, 'wp:meta_key')
    if (key && !meta.has(key)) meta.set(key, childText(entry, 'wp:meta_value'))
  }
  return {
    index,
    line: node.line,
    title: childText(node, 'title'),
    link: childText(node, 'link'),
    guid: childText(node, 'guid'),
    pubDate: childText(node, 'pubDate'),
    creator: childText(node, 'dc:creator'),
    content: childText(node, 'content:encoded'),
    excerpt: childText(node, 'excerpt:encoded'),
    postId: childText(node, 'wp:post_id'),
    postDate: childText(node, 'wp:post_date'),
    postDateGmt: childText(node, 'wp:post_date_gmt'),
    postModifiedGmt: childText(node, 'wp:post_modified_gmt'),
    postName: childText(node, 'wp:post_name'),
    status: childText(node, 'wp:status'),
    // WordPress's own importer reads an item without a type as a post.
    postType: childText(node, 'wp:post_type') || 'post',
    password: childText(node, 'wp:post_password'),
    parentId: childText(node, 'wp:post_parent'),
    attachmentUrl: childText(node, 'wp:attachment_url'),
    terms: childrenNamed(node, 'category').map((term) => ({
      domain: term.attributes.domain ?? 'category',
      nicename: term.attributes.nicename ?? '',
      name: term.text.trim(),
    })),
    meta,
    comments: childrenNamed(node, 'wp:comment').filter(isApprovedComment).length,
  }
}

/** How reports and errors name an item: its number in the file and its title. */
export function describeItem(item: Pick<WxrItem, 'index' | 'title'>): string {
  return item.title ? `item ${item.index + 1} "${item.title}"` : `item ${item.index + 1}`
}
