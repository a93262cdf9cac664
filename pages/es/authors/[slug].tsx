import type { PageConfig } from 'next'
import { getPersonSlugs } from '@/lib/sanity/queries/people'
import { personView } from '@/routes/person'
import { personData, prerenderSlugs, staticProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'

// No client runtime: the page is complete as HTML (docs/performance.md). Next reads this object
// from the file itself; the key is missing from PageConfig's type.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
export const getStaticPaths = prerenderSlugs(getPersonSlugs, 'es')
export const getStaticProps = staticProps(personData, 'es')
export default readingPage(personView)
