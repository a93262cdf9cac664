import type { WxrItem } from './wxrItem'

export interface SelectionOptions {
  includeDrafts: boolean
  includePages: boolean
}

/** What happens to one item of a WXR, decided from its type and status before any content is read. */
export type Selection =
  | { action: 'publish' }
  | { action: 'draft'; reason: string; warn: boolean }
  | { action: 'skip'; reason: string }
  /** Not a post at all (attachment, menu item, revision, block, ...): counted by type, never an article. */
  | { action: 'other' }

const UNPUBLISHED = new Set(['draft', 'pending', 'future'])

export function selectItem(
  item: Pick<WxrItem, 'postType' | 'status' | 'password'>,
  options: SelectionOptions,
): Selection {
  if (item.postType !== 'post' && item.postType !== 'page') return { action: 'other' }
  if (item.postType === 'page' && !options.includePages)
    return { action: 'skip', reason: 'a page (import pages with --include-pages)' }
  // Never published, whatever else the item says: its readers needed a password or an account.
  if (item.password) return { action: 'draft', reason: 'password-protected', warn: true }
  if (item.status === 'private') return { action: 'draft', reason: 'private', warn: true }
  if (item.status === 'publish') return { action: 'publish' }
  const status = item.status || 'no status'
  if (UNPUBLISHED.has(item.status)) {
    const label = item.status === 'future' ? 'scheduled' : item.status
    return options.includeDrafts
      ? { action: 'draft', reason: label, warn: false }
      : { action: 'skip', reason: `${label} (import drafts with --include-drafts)` }
  }
  return { action: 'skip', reason: `status "${status}"` }
}
