import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { VERIFIED_GROQ_JS } from '@/lib/groq-index'

// lib/groq-index rewrites groq-js syntax trees and relies on how groq-js evaluates them. Nothing
// but the equivalence suite checks that those internals still behave as the index assumes, so a
// groq-js version that suite has not passed against must not slip in unnoticed.

const versionOf = (file: string) =>
  z.object({ version: z.string() }).parse(JSON.parse(readFileSync(file, 'utf8'))).version
const RERUN =
  'lib/groq-index relies on groq-js internals. Run `npx jest tests/lib/groq-index` against this groq-js; ' +
  'when it passes, set VERIFIED_GROQ_JS in lib/groq-index/verifiedGroqJs.ts to the new version ' +
  '(and keep groq-js pinned to that exact version in package.json).'

it('runs on the groq-js version the equivalence suite was last verified against', () => {
  const installed = versionOf(path.join(process.cwd(), 'node_modules/groq-js/package.json'))
  if (installed !== VERIFIED_GROQ_JS) {
    throw new Error(
      `groq-js ${installed} is installed, but lib/groq-index was verified against ${VERIFIED_GROQ_JS}. ${RERUN}`,
    )
  }
})

it('pins groq-js in package.json to exactly that version', () => {
  const manifest = z
    .object({ dependencies: z.record(z.string(), z.string()) })
    .parse(JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')))
  const pinned = manifest.dependencies['groq-js']
  if (pinned !== VERIFIED_GROQ_JS) {
    throw new Error(
      `package.json asks for groq-js "${pinned}", but lib/groq-index was verified against ${VERIFIED_GROQ_JS}. ${RERUN}`,
    )
  }
})
