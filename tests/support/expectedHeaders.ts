import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { securityHeaders } from '@/lib/security/securityHeaders'

type Rules = ReturnType<typeof securityHeaders>

/**
 * The headers Next sends for `path` under these rules: every matching rule in order, a later
 * one overriding an earlier one. Keys are lower case, as fetch() reports them.
 */
export function headersFor(rules: Rules, path: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    // Next compiles each source exactly like this into the routes manifest.
    const { regex } = buildCustomRoute('header', rule)
    if (!new RegExp(regex).test(path)) continue
    for (const { key, value } of rule.headers) result[key.toLowerCase()] = value
  }
  return result
}
