import { healthResponse } from '@/lib/health/healthResponse'
import { checkReadiness, siteReadinessParts } from '@/lib/health/readiness'

// Readiness: what this instance needs to serve pages answers. A load balancer takes an instance
// out of rotation on 503.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(siteReadinessParts())
  return healthResponse(readiness, readiness.ready ? 200 : 503)
}
