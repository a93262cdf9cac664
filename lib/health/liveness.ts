import packageJson from '@/package.json'
import { isSanityMode } from '@/sanity/env'

export type ContentMode = 'embedded' | 'sanity'

/** What /api/health answers while the process runs: which release, reading which content. */
export function liveness(): { status: 'ok'; version: string; contentMode: ContentMode } {
  return { status: 'ok', version: packageJson.version, contentMode: isSanityMode ? 'sanity' : 'embedded' }
}
