import { spawn } from 'node:child_process'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort } from './freePort'
import { startServerProcess } from './serverProcess'

/**
 * Builds and serves the site with Next's own CLI, for the browser, SEO, security and load
 * runners and the benchmarks. Every build goes to its own dist dir (NEXT_DIST_DIR, read by
 * next.config.ts), so runners and benchmarks can build side by side without clobbering .next.
 */

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next')
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }
const READY_TIMEOUT_MS = 60_000

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
  /** The server process (`next start` or the standalone server), which leads its own process group. */
  pid: number
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** Ends the server's whole process group (SIGTERM, then SIGKILL after 10 s); safe to call twice. */
  stop: () => Promise<void>
}

// The site serves once a static route answers, whatever its status.
const answers = (origin: string) => () =>
  fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) }).then(() => true)

function requireBuild(distDir: string, file: string, hint: string): void {
  if (!existsSync(path.join(process.cwd(), distDir, file))) {
    throw new Error(`No production build in ${distDir}/: ${hint} (NEXT_DIST_DIR names another build folder)`)
  }
}

/** Serves the build in `distDir` with `next start` on 127.0.0.1 and resolves once it answers. */
export async function startSite({ distDir, port, env = {} }: SiteOptions): Promise<Site> {
  requireBuild(distDir, 'BUILD_ID', 'run `npm run build` first')
  const chosenPort = port ?? (await freePort())
  const origin = `http://127.0.0.1:${chosenPort}`
  const server = await startServerProcess({
    name: `next start at ${origin}`,
    command: process.execPath,
    args: [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(chosenPort)],
    env: nextEnv(distDir, env, { NODE_ENV: 'production' }),
    ready: answers(origin),
    readyTimeoutMs: READY_TIMEOUT_MS,
  })
  return { origin, ...server }
}

/**
 * Serves the standalone server of the build in `distDir` (`output: 'standalone'`) on 127.0.0.1,
 * as the container does: `node <distDir>/standalone/server.js` with PORT and HOSTNAME, after
 * copying `<distDir>/static` into the standalone folder as the Dockerfile does (the build leaves it out).
 */
export async function startStandaloneSite({ distDir, port, env = {} }: SiteOptions): Promise<Site> {
  requireBuild(distDir, 'standalone/server.js', "build it with output: 'standalone'")
  const root = path.join(process.cwd(), distDir)
  cpSync(path.join(root, 'static'), path.join(root, 'standalone', distDir, 'static'), { recursive: true })
  const chosenPort = port ?? (await freePort())
  const origin = `http://127.0.0.1:${chosenPort}`
  const server = await startServerProcess({
    name: `the standalone server at ${origin}`,
    command: process.execPath,
    args: [path.join(root, 'standalone/server.js')],
    env: nextEnv(distDir, env, { NODE_ENV: 'production', PORT: String(chosenPort), HOSTNAME: '127.0.0.1' }),
    ready: answers(origin),
    readyTimeoutMs: READY_TIMEOUT_MS,
  })
  return { origin, ...server }
}
