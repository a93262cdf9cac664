import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImageSource } from './portableText'

/**
 * The only folders an import may read images from. A post names its images itself, and a post
 * (or a WXR export) may come from anyone: `../../etc/passwd`, `/root/.ssh/id_rsa` or a symlink
 * planted next to the post must never end up copied into the output or uploaded to Sanity.
 */
export interface ImageFolders {
  /** The folder of the post's file (for a WXR export, the export's folder). */
  postDirectory: string
  /** `--uploads DIR`: a copy of the old site's `wp-content/uploads/`. */
  uploads?: string
}

export type ImageLookup =
  /** A regular file inside one of the folders; `path` has no symlinks left in it. */
  | { kind: 'file'; path: string }
  /** A remote image: downloaded only when the run allows it, otherwise kept as a reference. */
  | { kind: 'url'; url: string }
  /** A path that points outside the folders given: never read. */
  | { kind: 'refused'; reason: string }
  /** A local path inside the folders that names no file. */
  | { kind: 'missing'; reason: string }
  /** Not an image location the importer reads (`data:`, `javascript:`, an empty src). */
  | { kind: 'unsupported' }

const UPLOADS_MARKER = '/wp-content/uploads/'

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

function realFolder(folder: string): string | undefined {
  try {
    return realpathSync(folder)
  } catch {
    return undefined
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/**
 * Checks a candidate path against one folder twice: as written (so `../` escapes are refused even
 * when the target does not exist) and after resolving symlinks (so a link inside the folder that
 * points out of it is refused too).
 */
function fileInside(folder: string, candidate: string, src: string, label: string): ImageLookup {
  if (!inside(resolve(folder), candidate))
    return { kind: 'refused', reason: `image "${src}" is outside ${label}, so it was not read` }
  const realRoot = realFolder(folder)
  let real: string
  try {
    real = realpathSync(candidate)
  } catch {
    return { kind: 'missing', reason: `image "${src}" was not found in ${label} (${candidate})` }
  }
  if (!realRoot || !inside(realRoot, real))
    return { kind: 'refused', reason: `image "${src}" links to ${real}, outside ${label}, so it was not read` }
  if (!statSync(real).isFile()) return { kind: 'refused', reason: `image "${src}" is not a regular file (${real})` }
  return { kind: 'file', path: real }
}

function inUploads(rest: string, src: string, folders: ImageFolders): ImageLookup | undefined {
  if (!folders.uploads) return undefined
  const decoded = decode(rest)
  if (decoded === undefined || decoded.includes('\0'))
    return { kind: 'refused', reason: `image "${src}" has a malformed path` }
  return fileInside(folders.uploads, resolve(folders.uploads, decoded.replace(/\\/g, '/')), src, 'the --uploads folder')
}

function remote(src: string, folders: ImageFolders): ImageLookup {
  let url: URL
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src)
  } catch {
    return { kind: 'unsupported' }
  }
  const at = url.pathname.indexOf(UPLOADS_MARKER)
  if (at >= 0) {
    // The old site's own uploads: prefer the local copy, fall back to the URL when it is not there.
    const local = inUploads(url.pathname.slice(at + UPLOADS_MARKER.length), src, folders)
    if (local && local.kind !== 'missing') return local
  }
  return { kind: 'url', url: url.href }
}

function absolutePath(path: string, src: string, folders: ImageFolders): ImageLookup {
  const at = path.indexOf(UPLOADS_MARKER)
  if (at >= 0 && folders.uploads)
    return inUploads(path.slice(at + UPLOADS_MARKER.length), src, folders) ?? { kind: 'unsupported' }
  // An absolute path is allowed only when it lies in one of the folders given.
  for (const [folder, label] of [
    [folders.postDirectory, "the post's folder"],
    [folders.uploads, 'the --uploads folder'],
  ] as const) {
    if (folder && inside(resolve(folder), path)) return fileInside(folder, path, src, label)
  }
  if (at >= 0)
    return {
      kind: 'missing',
      reason: `image "${src}" is in the old site's uploads; give --uploads DIR (a copy of wp-content/uploads) to import it`,
    }
  return {
    kind: 'refused',
    reason: `image "${src}" is outside the post's folder${folders.uploads ? ' and the --uploads folder' : ''}, so it was not read`,
  }
}

/** Where an image's `src` points, checked against the folders the run allows. Never reads the file itself. */
export function locateImage(src: string, folders: ImageFolders): ImageLookup {
  const trimmed = src.trim()
  if (!trimmed) return { kind: 'unsupported' }
  if (/^https?:\/\//i.test(trimmed) || trimmed.startsWith('//')) return remote(trimmed, folders)
  if (/^file:/i.test(trimmed)) {
    let path: string
    try {
      path = fileURLToPath(trimmed)
    } catch {
      return { kind: 'refused', reason: `image "${src}" has a malformed file URL` }
    }
    return absolutePath(path, src, folders)
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return { kind: 'unsupported' }
  const decoded = decode(trimmed.split(/[?#]/)[0] ?? '')
  if (decoded === undefined || decoded.includes('\0'))
    return { kind: 'refused', reason: `image "${src}" has a malformed path` }
  // WordPress never writes backslashes in a path; on Windows they would be separators, so treat them as such everywhere.
  const path = decoded.replace(/\\/g, '/')
  if (isAbsolute(path)) return absolutePath(path, src, folders)
  return fileInside(folders.postDirectory, resolve(folders.postDirectory, path), src, "the post's folder")
}

/**
 * The `(src) => ImageSource` that the HTML and WXR converters take, with every refused or
 * missing image reported through `warn` (the caller adds the post's name).
 */
export function imageSourceWithin(
  folders: ImageFolders,
  warn: (message: string) => void,
): (src: string) => ImageSource | undefined {
  return (src) => {
    const found = locateImage(src, folders)
    if (found.kind === 'file') return { kind: 'file', path: found.path }
    if (found.kind === 'url') return { kind: 'url', url: found.url }
    if (found.kind === 'refused' || found.kind === 'missing') warn(found.reason)
    return undefined
  }
}
