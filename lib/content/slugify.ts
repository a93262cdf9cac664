/**
 * Turns a heading or title into a URL-safe slug. Shared by the Studio (slug and anchor
 * fields), the importer and the page outline so an anchor is derived the same way everywhere.
 */
export function slugify(input: string, maxLength = 96): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}
