import { healthResponse } from '@/lib/health/healthResponse'
import { liveness } from '@/lib/health/liveness'

// Liveness: the process answers. Run on every request, never prerendered: a probe must reach
// the running server, not a file written at build time.
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return healthResponse(liveness())
}
