import { DOMParser } from 'linkedom'
import { slugify } from '../content/slugify'
import { isoDateTime } from './dates'
import { plainText } from './htmlToPlainText'
import { StructureError } from './errors'
import { convertHtml, type ContentOptions } from './htmlContent'
import type { ParsedPost, PostMeta } from './parsedPost'

const CONTENT_CONTAINERS = ['article .entry-content', '.entry-content', 'article', 'main', 'body']

function pathOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url, 'https://old.invalid').pathname
  } catch {
    return undefined
  }
}

/**
 * A single WordPress post saved as HTML: the title from its h1 (or <title>), the body from the
 * post container, dates and the old permalink from the meta tags WordPress themes write.
 * The slug comes from the file name, like plain text, so a file's documents keep their ids.
 */
export function parseHtmlPost(
  html: string,
  slugSource: string,
  sidecar: PostMeta,
  options: Omit<ContentOptions, 'deriveEasyTocIds'>,
): { post: ParsedPost; warnings: string[] } {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document
  const container = CONTENT_CONTAINERS.map((selector) => document.querySelector(selector)).find((node) => node !== null)
  const heading = document.querySelector('h1')
  const title = plainText(heading?.innerHTML ?? document.querySelector('title')?.textContent ?? '')
  if (!title) throw new StructureError(undefined, 'no title: the HTML has neither an <h1> nor a <title>')
  if (!container) throw new StructureError(undefined, 'no body content')
  heading?.remove()

  const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content')
  const permalink = pathOf(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'))
  const publishedAt = isoDateTime(meta('article:published_time'))
  const updatedAt = isoDateTime(meta('article:modified_time'))
  const found: PostMeta = {
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt && updatedAt !== publishedAt ? { updatedAt } : {}),
    ...(permalink && permalink !== '/' ? { legacyUrls: [permalink] } : {}),
  }

  const { elements, warnings } = convertHtml(container.innerHTML, { ...options, deriveEasyTocIds: false })
  return { post: { title, slug: slugify(slugSource), elements, meta: { ...found, ...sidecar } }, warnings }
}
