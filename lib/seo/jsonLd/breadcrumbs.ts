import type { BreadcrumbList } from 'schema-dts'
import { absoluteUrl } from '../../navigation/siteUrl'
import type { BreadcrumbTrail } from '../../navigation/breadcrumbs'
import { ids } from './ids'

/** The trail the page shows (lib/navigation/breadcrumbs), as a BreadcrumbList of absolute URLs. */
export function breadcrumbNode(pageUrl: string, trail: BreadcrumbTrail): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb(pageUrl),
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}
