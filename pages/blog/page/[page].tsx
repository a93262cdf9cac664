import type { GetStaticPaths, PageConfig } from 'next'
import { blogIndexView } from '@/routes/blogIndex'
import { blogIndexData, staticProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'

// /blog?page=N, as the proxy hands it over (the address readers and crawlers see stays /blog?page=N).

// No client runtime: the page is complete as HTML (docs/performance.md). Next reads this object
// from the file itself; the key is missing from PageConfig's type.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
// Each later page is generated on its first request and kept, like an article published after the build.
export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })
export const getStaticProps = staticProps(blogIndexData)
export default readingPage(blogIndexView)
