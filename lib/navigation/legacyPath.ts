/**
 * A requested path in the one form redirects are compared in: a single leading slash, no
 * repeated or trailing slashes. "/2023/05/old-post/" and "/2023/05/old-post" are the same page.
 */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  return trimmed.startsWith('/') ? trimmed || '/' : `/${trimmed}`
}

/**
 * The spellings a stored legacy path may have for this request: with and without the trailing
 * slash WordPress used, as requested and in lower case (WordPress slugs are lower case, links
 * to them are not always). Stored values are compared against these in GROQ, as parameters.
 */
export function legacyPathVariants(path: string): string[] {
  const normalized = normalizePath(path)
  const forms = new Set([normalized, normalized.toLowerCase()])
  return [...forms].flatMap((form) => (form === '/' ? [form] : [form, `${form}/`]))
}
