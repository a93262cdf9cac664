import type { SiteSettings } from '../sanity/queries/settings'

/**
 * The clinic's address as it is written on an envelope: street, "locality, region postcode",
 * country; a part the settings leave empty is left out, never invented. The footer shows the
 * lines, llms.txt joins them on one.
 */
export function addressLines(address: SiteSettings['address']): string[] {
  if (!address) return []
  const region = [address.addressRegion, address.postalCode]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ')
  const cityLine = [address.addressLocality?.trim(), region].filter(Boolean).join(', ')
  return [address.streetAddress?.trim(), cityLine, address.addressCountry?.trim()].filter((line): line is string =>
    Boolean(line),
  )
}
