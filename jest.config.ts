import type { Config } from 'jest'
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

// Jest on Node 20 cannot require() ESM-only packages: SWC compiles these too.
const ESM_PACKAGES = [
  '@portabletext',
  '@sanity',
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
const shared: Config = {
  moduleNameMapper: { '^server-only$': '<rootDir>/tests/support/empty.ts' },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/.next'],
}

// DOM tests for components and pages (*.test.tsx); Node tests for the query layer, importer
// and route handlers (*.test.ts). next/jest only configures a single project, so each is built
// separately and its ignore pattern replaced after the fact.
async function project(config: Config): Promise<Config> {
  const built = await createJestConfig({ ...shared, ...config })()
  return {
    ...built,
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  }
}

export default async function jestConfig(): Promise<Config> {
  return {
    projects: [
      await project({ displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'] }),
      await project({ displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] }),
    ],
  }
}
