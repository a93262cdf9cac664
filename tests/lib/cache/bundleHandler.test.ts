import { spawnSync } from 'node:child_process'

it('the CommonJS file next.config names is the bundle of the current TypeScript handler', () => {
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cache/bundleHandler.ts', '--check'], {
    encoding: 'utf8',
  })
  expect(check.stderr).toBe('')
  expect(check.status).toBe(0)
}, 30_000)
