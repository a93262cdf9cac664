import { SiteChrome } from '@/components/layout/SiteChrome'
import { PageHead } from '@/components/seo/PageHead'
import { withTranslations } from '@/lib/seo/pageMetadata'
import type { ReadingProps, ReadingView } from './readingRoute'

/**
 * A reading view as a Pages Router page: its head, and the view in the site's chrome. The page
 * file pairs it with its data's getStaticProps (routes/pageData.ts) and with
 * `config = { unstable_runtimeJS: false }` (Next reads it from the file itself), so readers get
 * static HTML and no JavaScript at all.
 */
export function readingPage<Props extends ReadingProps>({ metadata, View }: ReadingView<Props>) {
  return function ReadingPage(props: Props) {
    return (
      <>
        <PageHead
          metadata={withTranslations(metadata(props, { draft: false }), props.settings.language, props.translations)}
          clinicName={props.settings.clinicName}
        />
        <SiteChrome settings={props.settings} translations={props.translations}>
          <View {...props} />
        </SiteChrome>
      </>
    )
  }
}
