import type { NextConfig } from 'next'
import { BUNDLED_DATASET_DIR } from './lib/dataset/bundledDataset'
import { securityHeaders } from './lib/security/securityHeaders'

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and tests build side by side without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
    localPatterns: [{ pathname: '/images/**' }],
  },
  // The bundled dataset is read from disk at request time in embedded mode.
  outputFileTracingIncludes: { '/**': [`./${BUNDLED_DATASET_DIR}/**`] },
  // CSP and the other security headers (docs/security.md); HSTS only from a production build.
  headers: async () => securityHeaders({ production: process.env.NODE_ENV === 'production' }),
}

export default nextConfig
