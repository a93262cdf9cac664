import { AsyncLocalStorage } from 'node:async_hooks'
import { isSanityMode } from '@/sanity/env'

// Set while the Pages Router renders a reading page. Those pages are always the published
// version (a draft request is rewritten to the App Router's preview route by the proxy), and
// Next's draftMode() has no request to read there.
const publishedRender = new AsyncLocalStorage<true>()

/** Runs `load` as a published render: every read inside it skips draft mode. */
export function readPublished<T>(load: () => Promise<T>): Promise<T> {
  return publishedRender.run(true, load)
}

/**
 * True when an editor is previewing drafts. Embedded mode has no drafts, and never asks for the
 * request's cookies, so its pages stay fully static.
 */
export async function isPreviewing(): Promise<boolean> {
  if (!isSanityMode || publishedRender.getStore()) return false
  // Imported here, not at the top: the Pages Router's pages share this module and may not import
  // next/headers (Next refuses to build them), and they never get this far.
  const { draftMode } = await import('next/headers')
  return (await draftMode()).isEnabled
}
