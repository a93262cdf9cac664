import type { NextConfig } from 'next'
import { CDN_FRESH_SECONDS, CDN_STALE_SECONDS, cacheHeaders } from './lib/cdn/cacheHeaders'
import { BUNDLED_DATASET_DIR } from './lib/dataset/bundledDataset'
import { checkEnvironment } from './lib/env/checkEnvironment'
import { sanityImageRemotePatterns } from './lib/sanity/imageRemotePatterns'
import { securityHeaders } from './lib/security/securityHeaders'
import { dataset, projectId } from './sanity/env'

// Before a build compiles anything (and again when a server starts, in instrumentation.ts).
checkEnvironment(process.env)

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and tests build side by side without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server (<distDir>/standalone/server.js) for the container and the cluster (docs/deploy.md).
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // Several instances share one cache on Redis when REDIS_URL is set (lib/cache/README.md); a
  // build keeps the handler it was built with, so build with REDIS_URL set to run with Redis.
  ...(process.env.REDIS_URL ? { cacheHandler: require.resolve('./lib/cache/nextCacheHandler.cjs') } : {}),
  images: {
    // From the validated Sanity settings: this project's dataset only.
    remotePatterns: sanityImageRemotePatterns(projectId, dataset),
    localPatterns: [{ pathname: '/images/**' }],
  },
  // The bundled dataset is read from disk at request time in embedded mode.
  outputFileTracingIncludes: { '/**': [`./${BUNDLED_DATASET_DIR}/**`] },
  // CSP and the other security headers (docs/security.md); HSTS only from a production build.
  // Next writes stale-while-revalidate = expireTime - revalidate: a CDN may serve a page that long
  // past its freshness while it fetches the new one (lib/cdn/cacheHeaders.ts).
  expireTime: CDN_FRESH_SECONDS + CDN_STALE_SECONDS,
  headers: async () => [...securityHeaders({ production: process.env.NODE_ENV === 'production' }), ...cacheHeaders()],
}

export default nextConfig
