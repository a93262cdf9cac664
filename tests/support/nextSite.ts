import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next')
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }

export type Site = {
  origin: string
  pid: number
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  stop: () => Promise<void>
}

/** A port the OS says is free, or the one pinned by a variable (engineers sharing a machine use fixed ranges). */
export async function portFor(pinned: string | undefined): Promise<number> {
  if (pinned) return Number(pinned)
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/** `next build` into `distDir` with extra environment (and arguments); resolves with the exit code and everything printed. */
export function buildSite(distDir: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, [NEXT_BIN, 'build', ...args], { env: { ...process.env, ...QUIET, ...env, NEXT_DIST_DIR: distDir }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output })))
}

/** Serves the build in `distDir` with `next start` on 127.0.0.1, once it answers. */
export async function startSite(distDir: string, port: number, env: Record<string, string>): Promise<Site> {
  if (!existsSync(path.join(process.cwd(), distDir, 'BUILD_ID'))) throw new Error(`No production build in ${distDir}/`)
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ...QUIET, ...env, NEXT_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let exit: string | null = null
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `code ${code ?? '-'}, signal ${signal ?? '-'}`
      resolve()
    }),
  )
  const stop = async () => {
    if (exit === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (exit !== null) throw new Error(`next start exited before serving (${exit}):\n${output}`)
    try {
      await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) })
      break
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`next start did not answer at ${origin} within 60 s:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  return { origin, pid: child.pid as number, output: () => output, stop }
}
