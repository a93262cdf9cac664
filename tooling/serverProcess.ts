import { spawn } from 'node:child_process'

const STOP_GRACE_MS = 10_000

export type ProcessOptions = {
  /** How errors name it, e.g. "next start at http://127.0.0.1:3000". */
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Resolves true once the process serves; false or a rejection means "not yet". */
  ready: () => Promise<boolean>
  readyTimeoutMs: number
}

export type ServerProcess = {
  /** The process, which leads its own process group. */
  pid: number
  /** Everything it printed so far (stdout and stderr). */
  output: () => string
  /** Ends the whole process group (SIGTERM, then SIGKILL after 10 s); safe to call twice. */
  stop: () => Promise<void>
}

/**
 * Starts a long-running server (Next, Redis, nginx) in its own process group and resolves once
 * `ready` says it serves. Whatever happens to this process, the group does not outlive it.
 */
export async function startServerProcess({
  name,
  command,
  args,
  env = process.env,
  ready,
  readyTimeoutMs,
}: ProcessOptions): Promise<ServerProcess> {
  // Its own process group, so stop() also ends anything the server started (nginx's workers).
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  if (child.pid === undefined) throw new Error(`${name} could not be started`)
  const pid = child.pid
  let output = ''
  let exit: string | null = null
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // The group is already gone.
    }
  }
  // A detached group does not receive the terminal's Ctrl-C, and nothing else ends it when this
  // process dies: end it on exit, and on SIGINT/SIGTERM before dying of the signal as usual.
  const onExit = () => signalGroup('SIGKILL')
  const onSignal = (signal: NodeJS.Signals) => {
    signalGroup('SIGTERM')
    process.kill(process.pid, signal)
  }
  process.on('exit', onExit)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `code ${code ?? '-'}, signal ${signal ?? '-'}`
      process.off('exit', onExit)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      resolve()
    }),
  )
  const stop = async () => {
    if (exit === null) {
      signalGroup('SIGTERM')
      const killer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(killer)
    }
    // Whatever the server started may outlive it.
    signalGroup('SIGKILL')
  }

  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (exit !== null) throw new Error(`${name} exited before serving (${exit}):\n${output}`)
    if (await ready().catch(() => false)) return { pid, output: () => output, stop }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${name} did not serve within ${readyTimeoutMs / 1000} s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
