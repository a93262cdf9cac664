# The site as a standalone Next.js server (docs/deploy.md). Needs `output: 'standalone'` in next.config.ts.
# Public settings are inlined into the pages at build time, so they are build arguments:
#   docker build --build-arg NEXT_PUBLIC_SITE_URL=https://blog.example-clinic.com -t clinic-blog .
# Secrets (SANITY_API_READ_TOKEN, SANITY_REVALIDATE_SECRET, CDN_PURGE_API_TOKEN) and REDIS_URL are
# given to the running container only, never to the build.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
ARG NEXT_PUBLIC_SANITY_PROJECT_ID
ARG NEXT_PUBLIC_SANITY_DATASET
ARG NEXT_PUBLIC_SANITY_API_VERSION
ARG NEXT_PUBLIC_SITE_URL
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 PORT=3000 HOSTNAME=0.0.0.0
# The server writes regenerated pages under .next, so the unprivileged user owns the app folder.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# Embedded mode reads the bundled dataset and its images from disk at request time
# (lib/dataset/bundledDataset.ts, BUNDLED_DATASET_DIR).
COPY --from=build --chown=node:node /app/sanity/dataset ./sanity/dataset
USER node
EXPOSE 3000
# The slim image has no curl: Node's own fetch asks the liveness endpoint.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
