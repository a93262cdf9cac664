// Runs in the browser before any App Router page's own code (the Studio's included).
//
// zod 4 probes for eval (`new Function('')`) when it creates its first object schema, to compile
// faster parsers. The Studio's Content-Security-Policy has no 'unsafe-eval' (docs/security.md), so
// the browser refuses the probe and reports a violation; jitless parses the same without it. zod
// reads its settings from this global, created before any schema exists, whichever module loads
// zod first.
const zodSettings = globalThis as { __zod_globalConfig?: Record<string, unknown> }
zodSettings.__zod_globalConfig = { ...zodSettings.__zod_globalConfig, jitless: true }
