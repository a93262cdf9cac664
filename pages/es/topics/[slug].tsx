import type { PageConfig } from 'next'
import { getTopicSlugs } from '@/lib/sanity/queries/topics'
import { topicView } from '@/routes/topic'
import { topicData, prerenderSlugs, staticProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'

// No client runtime: the page is complete as HTML (docs/performance.md). Next reads this object
// from the file itself; the key is missing from PageConfig's type.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
export const getStaticPaths = prerenderSlugs(getTopicSlugs, 'es')
export const getStaticProps = staticProps(topicData, 'es')
export default readingPage(topicView)
