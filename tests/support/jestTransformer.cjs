// Next's SWC Jest transformer, plus one fix: SWC leaves `import.meta` in place when it compiles
// ESM to CommonJS, which is a SyntaxError under Jest on Node 20. Packages only read it to probe
// for Vite (import.meta.hot, import.meta.env), so an empty object answers them truthfully.
const { createTransformer: createNextTransformer } = require('next/dist/build/swc/jest-transformer')

function createTransformer(options) {
  const next = createNextTransformer(options)
  return {
    process(source, filename, jestOptions) {
      const patched = filename.includes('/node_modules/') ? source.replace(/\bimport\.meta\b/g, '({})') : source
      return next.process(patched, filename, jestOptions)
    },
  }
}

module.exports = { createTransformer }
