import type { MedicalClinic, PostalAddress, SearchAction, WebSite, WithActionConstraints } from 'schema-dts'
import type { SiteSettings } from '../../sanity/queries/settings'
import { absoluteUrl } from '../../navigation/siteUrl'
import { paths } from '../../navigation/paths'
import { servedImage } from '../servedImage'
import { ids } from './ids'
import { imageObject } from './imageObject'

// Logos are small; 600 px is the width Google's examples use.
const LOGO_WIDTH = 600

// The site's search page, so that engines and assistants know how to search the blog.
const searchAction: WithActionConstraints<SearchAction> = {
  '@type': 'SearchAction',
  target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(paths.search)}?q={search_term_string}` },
  'query-input': 'required name=search_term_string',
}

export function websiteNode(settings: SiteSettings): WebSite {
  return {
    '@type': 'WebSite',
    '@id': ids.website,
    url: absoluteUrl(paths.home),
    name: settings.clinicName,
    // A site published in several languages names them all.
    inLanguage: settings.languages.length === 1 ? settings.languages[0] : settings.languages,
    publisher: { '@id': ids.organization },
    potentialAction: searchAction,
  }
}

function postalAddress(address: SiteSettings['address']): PostalAddress | undefined {
  if (!address) return undefined
  const fields = {
    streetAddress: address.streetAddress?.trim(),
    addressLocality: address.addressLocality?.trim(),
    addressRegion: address.addressRegion?.trim(),
    postalCode: address.postalCode?.trim(),
    addressCountry: address.addressCountry?.trim(),
  }
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => Boolean(value)))
  return Object.keys(present).length > 0 ? { '@type': 'PostalAddress', ...present } : undefined
}

/**
 * The clinic behind the blog. Contact facts appear only when the settings hold them: structured
 * data that invents an address or phone number misleads patients and search engines alike.
 */
export function clinicNode(settings: SiteSettings): MedicalClinic {
  const address = postalAddress(settings.address)
  const logo = settings.logo
    ? imageObject(servedImage(settings.logo, LOGO_WIDTH, settings.clinicName), ids.logo)
    : undefined
  const sameAs = (settings.socialLinks ?? []).filter(Boolean)
  const openingHours = (settings.openingHours ?? []).filter(Boolean)
  return {
    '@type': 'MedicalClinic',
    '@id': ids.organization,
    name: settings.clinicName,
    url: absoluteUrl(paths.home),
    ...(logo ? { logo, image: { '@id': ids.logo } } : {}),
    ...(address ? { address } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    ...(settings.email ? { email: settings.email } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(openingHours.length > 0 ? { openingHours } : {}),
    // The site's own policy page, unless the settings point elsewhere.
    publishingPrinciples: absoluteUrl(settings.editorialPolicyUrl ?? paths.editorialPolicy),
  }
}
