import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type Router = 'app' | 'pages'

/**
 * One route's first-load JavaScript as the build reports it (Next 16: diagnostics/route-bundle-stats.json),
 * and the router that serves it. For a Pages Router page with `unstable_runtimeJS: false` the build
 * still lists chunks its HTML never references: only the served HTML tells what such a page loads.
 */
export type RouteBundle = { route: string; router: Router; chunks: string[] }

export type ChunkKind = 'framework' | 'next/link' | 'next/image' | 'project' | 'library'
export type Chunk = { file: string; raw: number; gzip: number; kinds: Set<ChunkKind>; modules: string[] }

export function readRouteBundles(distDir: string): RouteBundle[] {
  const file = path.join(process.cwd(), distDir, 'diagnostics', 'route-bundle-stats.json')
  if (!existsSync(file)) throw new Error(`${file} is missing: bench:weight needs a Next 16 production build`)
  const stats = JSON.parse(readFileSync(file, 'utf8')) as { route: string; firstLoadChunkPaths: string[] }[]
  const pagesManifest = path.join(process.cwd(), distDir, 'server', 'pages-manifest.json')
  const pagesRoutes = new Set(
    existsSync(pagesManifest) ? Object.keys(JSON.parse(readFileSync(pagesManifest, 'utf8')) as object) : [],
  )
  return stats.map(({ route, firstLoadChunkPaths }) => ({
    route,
    router: pagesRoutes.has(route) ? 'pages' : 'app',
    chunks: firstLoadChunkPaths.map((chunk) => path.basename(chunk)),
  }))
}

/** The chunks Next loads on every App Router page, whatever the page holds. */
export function runtimeChunks(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[]
  }
  return new Set(manifest.rootMainFiles.map((file) => path.basename(file)))
}

function kindOf(modulePath: string): ChunkKind {
  const source = modulePath.replace(/^\[project\]\//, '').replace(/ <.*>$/, '')
  if (!source.startsWith('node_modules/')) return 'project'
  if (source.includes('next/dist/client/app-dir/link')) return 'next/link'
  if (source.includes('next/dist/client/image-component') || source.includes('next/dist/shared/lib/image'))
    return 'next/image'
  if (/node_modules\/next\/dist\/(esm\/)?(client\/components|lib\/framework|lib\/metadata)\//.test(source))
    return 'framework'
  return 'library'
}

/** Module id -> source path, from the client reference manifests of every page in the build. */
function clientModuleIds(distDir: string, manifests: string[]): Map<number, string> {
  const ids = new Map<number, string>()
  for (const file of manifests) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/"(\[project\][^"]+)":\{"id":(\d+)/g)) ids.set(Number(match[2]), match[1]!)
  }
  return ids
}

/**
 * Size and content of each chunk: which client modules (by the build's client reference
 * manifests) a chunk defines tells whether it is Next's own runtime, a Next component the
 * project chose (Link, Image), another library, or the project's code.
 */
export function describeChunks(distDir: string, files: Iterable<string>, manifests: string[]): Map<string, Chunk> {
  const ids = clientModuleIds(distDir, manifests)
  const runtime = runtimeChunks(distDir)
  const chunks = new Map<string, Chunk>()
  for (const file of files) {
    const content = readFileSync(path.join(process.cwd(), distDir, 'static', 'chunks', file))
    // Turbopack chunks register modules as `…,<id>,(e,t,r)=>{` or `…,<id>,e=>{`.
    const modules = [...content.toString('utf8').matchAll(/[,[](\d+),(?:\([\w,]*\)|\w+)=>/g)]
      .map((match) => ids.get(Number(match[1])))
      .filter((source): source is string => Boolean(source))
    const kinds = new Set<ChunkKind>(runtime.has(file) ? ['framework'] : modules.map(kindOf))
    if (kinds.size === 0) kinds.add('framework')
    chunks.set(file, { file, raw: content.length, gzip: gzipSync(content).length, kinds, modules })
  }
  return chunks
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content).length
}

// Types a browser runs; any other type (JSON-LD, JSON data) is data and never executes.
const EXECUTABLE_TYPE = /^(module|(text|application)\/(x-)?(java|ecma)script)?$/i

/** What a page's HTML makes a browser fetch and run: the `src` of each script, and each inline script's code. */
export type PageScripts = { sources: string[]; inline: string[] }

export function scriptsIn(html: string): PageScripts {
  const sources: string[] = []
  const inline: string[] = []
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? ''
    if (!EXECUTABLE_TYPE.test(type)) continue
    const source = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]
    if (source) sources.push(source)
    else if (body.trim()) inline.push(body)
  }
  return { sources, inline }
}
