// The embedded query engine's only entry point: code outside lib/groq-index imports from here
// (tests/lib/groq-index/entryPoint.test.ts checks it). How it works: README.md in this folder.
export { createIndexedSource, type IndexedSource, type IndexedSourceOptions, type QueryParams } from './indexedSource'
export type { GroqDocument } from './groqDocument'
export { VERIFIED_GROQ_JS } from './verifiedGroqJs'
