import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import type { Check } from '../harness'
import { expect, expectNone } from '../harness'
import type { SuiteContext } from '../context'

// Next.js requires error boundaries to be client components; they only run if rendering fails.
const ALLOWED_OWN_CLIENT_MODULES = ['app/(site)/error.tsx', 'app/global-error.tsx']

const ARTICLE_MANIFEST = 'server/app/(site)/blog/[slug]/page_client-reference-manifest.js'

/** The project's own modules that the article route sends to the browser, read from the build. */
function ownClientModules(distDir: string): string[] {
  const file = path.join(process.cwd(), distDir, ARTICLE_MANIFEST)
  expect(existsSync(file), `no client reference manifest at ${path.relative(process.cwd(), file)}: did the route move?`)
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST; run it in a sandbox.
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {}
  runInNewContext(readFileSync(file, 'utf8'), sandbox)
  const manifests = Object.values(sandbox.__RSC_MANIFEST ?? {})
  expect(manifests.length === 1, `expected one route manifest in ${ARTICLE_MANIFEST}, found ${manifests.length}`)
  const root = `${process.cwd()}/`
  return Object.keys(manifests[0]!.clientModules)
    .filter((module) => !module.includes('node_modules/'))
    .map((module) =>
      module
        .replace('[project]/', '')
        .replace(root, '')
        .replace(/ <.*>$/, ''),
    )
}

export function clientJsChecks(suite: SuiteContext): Check[] {
  return [
    {
      name: `client JS: the article page ships none of our own components (allowed: ${ALLOWED_OWN_CLIENT_MODULES.join(', ')})`,
      run: async () => {
        const own = ownClientModules(suite.distDir)
        expectNone(
          own.filter((module) => !ALLOWED_OWN_CLIENT_MODULES.includes(module)),
          'client components of our own on the article page (say why in docs/design.md, then allow them here)',
        )
      },
    },
  ]
}
