import { VisualEditing } from 'next-sanity/visual-editing'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { PreviewBanner } from './PreviewBanner'

/**
 * Everything a draft preview adds to a page: the banner, and the Presentation tool's overlays and
 * live refresh. Rendered only in draft mode, so published pages ship none of its JavaScript.
 */
export function DraftPreview({ language = DEFAULT_LANGUAGE }: { language?: Language }) {
  return (
    <>
      <PreviewBanner language={language} />
      <VisualEditing />
    </>
  )
}
