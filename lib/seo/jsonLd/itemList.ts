import type { ItemList } from 'schema-dts'
import { absoluteUrl } from '../../navigation/siteUrl'
import { ids } from './ids'

export type ListedPage = { name: string; path: string }

/** The pages an index page lists, in the order it shows them (the "summary page" form Google reads). */
export function itemListNode(pageUrl: string, items: ListedPage[], firstPosition = 1): ItemList {
  return {
    '@type': 'ItemList',
    '@id': ids.itemList(pageUrl),
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: firstPosition + index,
      name: item.name,
      url: absoluteUrl(item.path),
    })),
  }
}
