import { spawn } from 'node:child_process'
import { NEXT_BIN, nextEnv } from './nextBuild'

export type RunningServer = { origin: string; pid: number; stop: () => Promise<void> }

async function waitForServer(origin: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const failure = exited()
    if (failure) throw new Error(failure)
    try {
      await fetch(`${origin}/robots.txt`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`next start did not answer on ${origin} within 60 s`)
}

/** `next start` on 127.0.0.1:port serving the build in distDir; stop() ends that process only. */
export async function startNext(distDir: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...nextEnv(distDir), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk))
  let exitCode: number | null = null
  child.on('exit', (code) => (exitCode = code ?? -1))
  const origin = `http://127.0.0.1:${port}`
  await waitForServer(origin, () => (exitCode === null ? null : `next start exited (${exitCode}):\n${log.slice(-2000)}`))
  return {
    origin,
    pid: child.pid!,
    stop: async () => {
      if (exitCode !== null) return
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
