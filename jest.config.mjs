import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nextJest from 'next/jest.js'

/** @typedef {import('jest').Config} Config */

const createJestConfig = nextJest({ dir: './' })

// Jest on Node 20 cannot require() ES modules, and more and more packages ship only those
// (@portabletext/*, sanity, linkedom's dependencies…). Every package that declares
// "type": "module" is found here, so SWC compiles it to CommonJS; listing them by hand breaks
// with each upgrade.
function esmPackages(dir = 'node_modules', depth = 0) {
  const names = new Set()
  if (!existsSync(dir)) return names
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue
    const scoped = entry.startsWith('@')
    const packages = scoped ? readdirSync(join(dir, entry)).map((name) => `${entry}/${name}`) : [entry]
    for (const name of packages) {
      const root = join(dir, name)
      try {
        if (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).type === 'module') names.add(name)
      } catch {
        // not a package folder
      }
      if (depth < 2) for (const nested of esmPackages(join(root, 'node_modules'), depth + 1)) names.add(nested)
    }
  }
  return names
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ESM_PACKAGES = [...esmPackages()].map(escape)

// `server-only` throws outside a React Server environment, so tests map it to an empty module.
/** @type {Config} */
const shared = {
  // Tests that load the site's modules or run a local Content Lake take well under a second alone,
  // but CI shares two cores with other work; Jest's 5 s default failed them on load, not on results.
  testTimeout: 30_000,
  moduleNameMapper: { '^server-only$': '<rootDir>/tests/support/empty.ts' },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/site/', '/.next'],
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
    // Without a limit, on two cores, Jest runs every test file inside its own process, one after
    // another, and what a file registers with Node's async_hooks (AsyncLocalStorage instances,
    // such as Next's request stores, made afresh by every file that loads them) stays registered:
    // every later promise pays for each of them, and they keep the earlier files' modules alive.
    // Late in a clean-clone run, groq-js's promise-heavy evaluation in
    // tests/lib/sanity/embedded/textSearch.test.ts took 843 s instead of 90 s, in a process grown
    // to 1.8 GB. With a limit Jest runs the files in a worker and replaces it whenever a file
    // leaves it above the limit, so little piles up.
    workerIdleMemoryLimit: '512MB',
    projects: [
      await project({ displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'] }),
      await project({ displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] }),
    ],
  }
}
