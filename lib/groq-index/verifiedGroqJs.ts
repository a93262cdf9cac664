/**
 * The groq-js version the equivalence suite (tests/lib/groq-index) last passed against. The engine
 * rewrites groq-js syntax trees and relies on how groq-js evaluates them, none of which is a
 * public contract: after a groq-js upgrade, rerun `npx jest tests/lib/groq-index` and only then set
 * this to the new version (tests/lib/groq-index/groqJsVersion.test.ts fails until both agree).
 */
export const VERIFIED_GROQ_JS = '1.30.3'
