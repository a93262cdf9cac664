import { portFor } from './freePort'
import { startSite } from './nextSite'

export type SiteAuditOptions = {
  /** An origin to audit instead of serving the build. */
  origin?: string
  /** The value of the variable that pins the port (SEO_PORT, E2E_PORT); unset, a free port. */
  port?: string
}

async function auditServed(audit: (origin: string) => Promise<boolean>, options: SiteAuditOptions): Promise<boolean> {
  if (options.origin) return audit(options.origin)
  const site = await startSite({ distDir: process.env.NEXT_DIST_DIR || '.next', port: await portFor(options.port) })
  try {
    return await audit(site.origin)
  } finally {
    await site.stop()
  }
}

/**
 * Runs an audit script (npm run audit:seo, audit:a11y) against the production build served by
 * `next start` (NEXT_DIST_DIR for another build folder), or against the given origin. The exit
 * code is 0 when `audit` resolves true, 1 when it resolves false or throws.
 */
export function runSiteAudit(audit: (origin: string) => Promise<boolean>, options: SiteAuditOptions = {}): void {
  auditServed(audit, options).then(
    (passed) => (process.exitCode = passed ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    },
  )
}
