import { defineCliConfig } from 'sanity/cli'

// The CLI reads the same variables as the site; typegen paths are explicit because the
// default only looks under ./src.
export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
  typegen: {
    path: ['./lib/**/*.ts', './app/**/*.{ts,tsx}'],
    schema: './sanity/extract.json',
    generates: './sanity.types.ts',
  },
})
