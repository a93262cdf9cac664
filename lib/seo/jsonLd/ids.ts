import { absoluteUrl } from '../../navigation/siteUrl'
import { paths } from '../../navigation/paths'

// Stable @ids, in the style Yoast made common (<url>#fragment): every page's graph names the
// site, the clinic and each person the same way, so search engines merge them into one entity.
const home = absoluteUrl(paths.home)

export const ids = {
  website: `${home}#website`,
  organization: `${home}#organization`,
  logo: `${home}#logo`,
  webPage: (url: string) => `${url}#webpage`,
  article: (url: string) => `${url}#article`,
  breadcrumb: (url: string) => `${url}#breadcrumb`,
  faq: (url: string) => `${url}#faq`,
  itemList: (url: string) => `${url}#itemlist`,
  primaryImage: (url: string) => `${url}#primaryimage`,
  person: (slug: string) => `${absoluteUrl(paths.author(slug))}#person`,
  topic: (slug: string) => `${absoluteUrl(paths.topic(slug))}#topic`,
} as const
