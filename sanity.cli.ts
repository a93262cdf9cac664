import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './sanity/env'

// The CLI reads the same variables, with the same rules, as the site; typegen paths are explicit
// because the default only looks under ./src.
export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: ['./lib/**/*.ts', './app/**/*.{ts,tsx}'],
    schema: './sanity/extract.json',
    generates: './sanity.types.ts',
  },
})
