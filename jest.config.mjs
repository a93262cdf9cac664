import nextJest from 'next/jest.js'

/** @typedef {import('jest').Config} Config */

const createJestConfig = nextJest({ dir: './' })

// Jest on Node 20 cannot require() ESM-only packages: SWC compiles these too.
const ESM_PACKAGES = [
  '@portabletext',
  '@sanity',
  'sanity',
  'uuid',
  'leven',
  'arrify',
  '@mdit/plugin-alert',
  'quick-lru',
  'lodash-es',
  'next-sanity',
  'groq',
  'groq-js',
  'nanoid',
  'get-random-values-esm',
  'linkedom',
  'html-escaper',
  'htmlparser2',
  'uhyphen',
  'domutils',
  'domhandler',
  'dom-serializer',
  'entities',
  'css-select',
  'css-what',
  'boolbase',
  'nth-check',
  'cssom',
  'fast-xml-parser',
  'strnum',
  'feed',
  'xml-js',
]

// `server-only` throws outside a React Server environment, so tests map it to an empty module.
/** @type {Config} */
const shared = {
  moduleNameMapper: { '^server-only$': '<rootDir>/tests/support/empty.ts' },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/.next'],
}

// DOM tests for components and pages (*.test.tsx); Node tests for the query layer, importer
// and route handlers (*.test.ts). next/jest only configures a single project, so each is built
// separately and its ignore pattern replaced after the fact.
/** @param {Config} config @returns {Promise<Config>} */
async function project(config) {
  const built = await createJestConfig({ ...shared, ...config })()
  const transform = Object.fromEntries(
    Object.entries(built.transform ?? {}).map(([pattern, entry]) =>
      Array.isArray(entry) && String(entry[0]).includes('jest-transformer')
        ? [pattern, ['<rootDir>/tests/support/jestTransformer.cjs', entry[1]]]
        : [pattern, entry],
    ),
  )
  return {
    ...built,
    transform,
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  }
}

/** @returns {Promise<Config>} */
export default async function jestConfig() {
  return {
    projects: [
      await project({ displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'] }),
      await project({ displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] }),
    ],
  }
}
