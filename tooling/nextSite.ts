import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort } from './freePort'

/**
 * Builds and serves the site with Next's own CLI, for the browser, SEO, security and load
 * runners and the benchmarks. Every build goes to its own dist dir (NEXT_DIST_DIR, read by
 * next.config.ts), so runners and benchmarks can build side by side without clobbering .next.
 */

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next')
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }
const READY_TIMEOUT_MS = 60_000
const STOP_GRACE_MS = 10_000

/** Variables for the Next process on top of this process's environment; `undefined` removes one. */
export type NextEnv = Record<string, string | undefined>

function nextEnv(distDir: string, env: NextEnv, extra: NextEnv = {}): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...QUIET }
  for (const [name, value] of Object.entries({ ...env, ...extra, NEXT_DIST_DIR: distDir })) {
    if (value === undefined) delete merged[name]
    else merged[name] = value
  }
  return merged
}

// `next build` adds its dist folder's types to tsconfig.json (and may touch next-env.d.ts);
// a test or benchmark must leave the working tree as it found it.
function preserveFiles(names: string[]): () => void {
  const saved = names.map((name) => {
    const file = path.join(process.cwd(), name)
    return { file, content: existsSync(file) ? readFileSync(file, 'utf8') : null }
  })
  return () => {
    for (const { file, content } of saved) {
      if (content !== null && readFileSync(file, 'utf8') !== content) writeFileSync(file, content)
    }
  }
}

export type BuildOptions = {
  distDir: string
  env?: NextEnv
  /** Extra `next build` arguments, e.g. `--experimental-build-mode=generate`. */
  args?: string[]
}

export type BuildOutcome = {
  code: number
  /** Everything the build printed (stdout and stderr, interleaved as they came). */
  output: string
  seconds: number
}

/** A `next build` under way: its pid lets a benchmark sample the memory of its process tree. */
export type RunningBuild = { pid: number; finished: Promise<BuildOutcome> }

export function startBuild({ distDir, env = {}, args = [] }: BuildOptions): RunningBuild {
  const restore = preserveFiles(['tsconfig.json', 'next-env.d.ts'])
  const started = performance.now()
  const child = spawn(process.execPath, [NEXT_BIN, 'build', ...args], {
    env: nextEnv(distDir, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const finished = new Promise<BuildOutcome>((resolve) =>
    child.on('close', (code) => {
      restore()
      resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 })
    }),
  )
  if (child.pid === undefined) throw new Error('next build could not be started')
  return { pid: child.pid, finished }
}

/** `next build` into `distDir`; resolves (never rejects) with the exit code and everything printed. */
export function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  return startBuild(options).finished
}

export type SiteOptions = {
  /** Folder of an existing production build (the caller builds it). */
  distDir: string
  /** Default: a free port. */
  port?: number
  env?: NextEnv
}

export type Site = {
  /** http://127.0.0.1:<port> */
  origin: string
  /** The `next start` process, which leads its own process group. */
  pid: number
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** Ends the server's whole process group (SIGTERM, then SIGKILL after 10 s); safe to call twice. */
  stop: () => Promise<void>
}

/** Serves the build in `distDir` with `next start` on 127.0.0.1 and resolves once it answers. */
export async function startSite({ distDir, port, env = {} }: SiteOptions): Promise<Site> {
  if (!existsSync(path.join(process.cwd(), distDir, 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${distDir}/: run \`npm run build\` first (NEXT_DIST_DIR names another build folder)`,
    )
  }
  const chosenPort = port ?? (await freePort())
  const origin = `http://127.0.0.1:${chosenPort}`
  // Its own process group, so stop() also ends anything the server started.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(chosenPort)], {
    env: nextEnv(distDir, env, { NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (child.pid === undefined) throw new Error('next start could not be started')
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

  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (exit !== null) throw new Error(`next start exited before serving (${exit}):\n${output}`)
    try {
      await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) })
      return { origin, pid, output: () => output, stop }
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`next start did not answer at ${origin} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}
