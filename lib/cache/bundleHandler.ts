import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { format } from 'prettier'

// Next imports `cacheHandler` with Node's own import(), outside its bundler, at build and at run
// time. Node 20 cannot load TypeScript, so the handler is bundled into this one CommonJS file:
// `redis` stays a require() (traced into a standalone build), our modules are inlined.
export const HANDLER_SOURCE = join(__dirname, 'redisCacheHandler.ts')
export const HANDLER_BUNDLE = join(__dirname, 'nextCacheHandler.cjs')

const BANNER = `/* eslint-disable */
// Generated from lib/cache/redisCacheHandler.ts by \`node --import tsx lib/cache/bundleHandler.ts\`:
// edit the TypeScript, then run that (its --check, run by tests/lib/cache/bundleHandler.test.ts, fails while this is stale).`

/** The bundle's text, formatted as the repository formats code. */
export async function bundleHandler(): Promise<string> {
  const result = buildSync({
    entryPoints: [HANDLER_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['redis'],
    banner: { js: BANNER },
    legalComments: 'none',
    write: false,
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild produced no output')
  return format(output.text, { parser: 'babel', semi: false, singleQuote: true, printWidth: 120, trailingComma: 'all' })
}

// `--check` (what the test runs: Prettier cannot load inside Jest) fails when the file is stale.
if (require.main === module) {
  bundleHandler().then(
    (text) => {
      if (!process.argv.includes('--check')) return writeFileSync(HANDLER_BUNDLE, text)
      if (readFileSync(HANDLER_BUNDLE, 'utf8') === text) return
      console.error(`${HANDLER_BUNDLE} is stale: run node --import tsx lib/cache/bundleHandler.ts`)
      process.exitCode = 1
    },
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
