import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export type RunningServer = { origin: string; stop: () => Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/**
 * Serves an existing production build (NEXT_DIST_DIR, default .next) with `next start` on
 * 127.0.0.1; SEO_PORT pins the port. Building is the caller's job.
 */
export async function startNextServer(): Promise<RunningServer> {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  if (!existsSync(path.join(process.cwd(), distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first (NEXT_DIST_DIR names another build folder)`)
  }
  const port = process.env.SEO_PORT ? Number(process.env.SEO_PORT) : await freePort()
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(process.cwd(), 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  let exited: string | null = null
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `code ${code ?? '-'}, signal ${signal ?? '-'}: ${stderr.trim()}`
      resolve()
    }),
  )
  const stop = async () => {
    if (exited === null) child.kill('SIGTERM')
    await exit
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (exited) throw new Error(`next start exited before serving (${exited})`)
    try {
      await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2000) })
      return { origin, stop }
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`next start did not answer at ${origin} within 60 s`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}
