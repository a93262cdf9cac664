import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { securityHeaders } from '@/lib/security/securityHeaders'

type Rules = ReturnType<typeof securityHeaders>
type Condition = NonNullable<Rules[number]['has']>[number]

/** Whether a request carrying these cookie names meets one `has`/`missing` condition (only cookies are used). */
function meets(condition: Condition, cookies: readonly string[]): boolean {
  if (condition.type !== 'cookie') throw new Error(`headersFor does not model ${condition.type} conditions`)
  if (condition.value !== undefined) throw new Error('headersFor does not model cookie values')
  return cookies.includes(condition.key)
}

/**
 * The headers Next sends for `path` under these rules, for a request carrying the named
 * cookies: every matching rule in order, a later one overriding an earlier one. Keys are lower
 * case, as fetch() reports them.
 */
export function headersFor(
  rules: Rules,
  path: string,
  { cookies = [] }: { cookies?: readonly string[] } = {},
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    // Next compiles each source exactly like this into the routes manifest.
    const { regex } = buildCustomRoute('header', rule)
    if (!new RegExp(regex).test(path)) continue
    if (!(rule.has ?? []).every((condition) => meets(condition, cookies))) continue
    if ((rule.missing ?? []).some((condition) => meets(condition, cookies))) continue
    for (const { key, value } of rule.headers) result[key.toLowerCase()] = value
  }
  return result
}
