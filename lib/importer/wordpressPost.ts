/**
 * One WordPress post (its title, `content:encoded` and `excerpt:encoded`) to a ParsedPost.
 * This is the entry point the WXR pipeline (import-wxr.ts) calls; HTML files go through
 * html-parser.ts, which shares convertHtml() with it.
 *
 * PUBLIC API
 *
 *   parseWordpressPost(input: WordpressPostInput, options: ContentOptions): { post: ParsedPost; html: string; warnings: string[] }
 *     html           the content as WordPress renders it (pages joined, shortcodes expanded): what the
 *                    migration report counts the source's visible words in
 *     input.title    raw title (may hold markup and entities): becomes plain text
 *     input.content  `content:encoded` as exported (classic-editor text, Gutenberg comments, shortcodes)
 *     input.excerpt  `excerpt:encoded` (optional): plain text, at most 300 characters cut at a word boundary;
 *                    without it, the text before `<!--more-->`; without that, derived from the intro later
 *     input.slug     the post's slug (already resolved by the caller)
 *     input.meta     PostMeta (dates, author, topics, legacyUrls, mainImage); `meta.excerpt` is filled here
 *   `<!--nextpage-->` pages are joined in order. Then, unchanged:
 *     buildArticleDocuments(post, detectStructure(post.elements), assets)   (documents.ts, structure.ts)
 *   detectStructure no longer throws for a post without headings: it becomes an article with
 *   `sections: []` whose body is the intro.
 *
 *   ContentOptions (html-content.ts; also the third argument of convertHtml(html, options)):
 *     imageSource(src): ImageSource | undefined
 *         where an <img src> (or a gallery attachment's URL) gets its bytes; undefined keeps the image
 *         without a picture and warns
 *     altFor?(src): string | undefined
 *         alt text when the <img> has none: pass the attachment's `_wp_attachment_image_alt`,
 *         looked up by the image URL (sizes like `-300x200` are stripped before calling it, and it
 *         is called with the URL as written too)
 *     attachment?(id): { url: string; alt?: string; caption?: string } | undefined
 *         a WordPress attachment by post id, for `[gallery ids="1,2"]`
 *     deriveEasyTocIds: boolean   true for WXR content (the plugin added heading ids only on display)
 *
 *   Helpers for titles, excerpts and the migration report:
 *     plainText(html): string                       markup stripped, entities decoded, white space normalised
 *     cutAtWord(text, max = 300): string            at most `max` characters, cut at a word boundary with "…"
 *     htmlWordCount(html): number                   visible words of post HTML (wordCount.ts)
 *     documentWordCount(documents: ArticleDocuments): number   words that arrived (wordCount.ts)
 */
import { convertHtml, type ContentOptions } from './htmlContent'
import type { ParsedPost, PostMeta } from './parsedPost'
import { cutAtWord, plainText } from './htmlToPlainText'
import { wordpressContent } from './wordpressContent'

export { cutAtWord, plainText } from './htmlToPlainText'
export { documentWordCount, htmlWordCount } from './wordCount'
export type { Attachment, ContentOptions } from './htmlContent'

export interface WordpressPostInput {
  title: string
  content: string
  excerpt?: string
  slug: string
  meta: PostMeta
}

export function parseWordpressPost(
  input: WordpressPostInput,
  options: ContentOptions,
): { post: ParsedPost; html: string; warnings: string[] } {
  const content = wordpressContent(input.content, options)
  const converted = convertHtml(content.html, options)
  const excerpt = cutAtWord(plainText(input.excerpt ?? '') || content.teaser || '')
  const meta: PostMeta = { ...input.meta, ...(excerpt ? { excerpt } : {}) }
  return {
    post: { title: plainText(input.title), slug: input.slug, elements: converted.elements, meta },
    html: content.html,
    warnings: [...content.warnings, ...converted.warnings],
  }
}
