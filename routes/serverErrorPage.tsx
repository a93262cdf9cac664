import { ContentUnavailable, CONTENT_UNAVAILABLE_TITLE } from '@/components/layout/ContentUnavailable'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { PageHead } from '@/components/seo/PageHead'
import type { ReadingProps } from './readingRoute'

/**
 * What a reader gets when a page that was never generated cannot be generated now: in practice,
 * the Content Lake not answering (a page already generated keeps its last good version instead).
 * It names no error and tells the reader to try again. It is one static page for every address,
 * so it says so in every published language.
 */
export function ServerErrorPage({ settings }: ReadingProps) {
  return (
    <>
      <PageHead
        metadata={{ title: CONTENT_UNAVAILABLE_TITLE, robots: { index: false } }}
        clinicName={settings.clinicName}
      />
      <SiteChrome settings={settings}>
        <ContentUnavailable language={settings.language} alsoIn={settings.languages} />
      </SiteChrome>
    </>
  )
}
