import 'server-only'
import { draftMode } from 'next/headers'
import { isSanityMode } from '@/sanity/env'

/**
 * True when an editor is previewing drafts. Embedded mode has no drafts, and never asks for the
 * request's cookies, so its pages stay fully static.
 */
export async function isPreviewing(): Promise<boolean> {
  if (!isSanityMode) return false
  return (await draftMode()).isEnabled
}
