import type { SiteSettings } from '../../sanity/queries/settings'

/** What every page's metadata and graph are built with besides its own content. */
export type SeoContext = { settings: SiteSettings; draft?: boolean }
