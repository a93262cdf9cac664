import type { PageConfig } from 'next'
import { peopleView } from '@/routes/indexPages'
import { peopleData, staticProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'

// No client runtime: the page is complete as HTML (docs/performance.md). Next reads this object
// from the file itself; the key is missing from PageConfig's type.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
export const getStaticProps = staticProps(peopleData, 'es')
export default readingPage(peopleView)
