import { NextStudio } from 'next-sanity/studio'
import { StudioNotConfigured } from '@/components/studio/StudioNotConfigured'
import { isSanityMode } from '@/sanity/env'
import config from '@/sanity.config'

export const dynamic = 'force-static'
export { metadata, viewport } from 'next-sanity/studio'

// Offline, with no project configured, the Studio could only show a fatal error: explain instead.
export default function StudioPage() {
  return isSanityMode ? <NextStudio config={config} /> : <StudioNotConfigured />
}
