import type { GetStaticPaths, PageConfig } from 'next'
import { blogIndexView } from '@/routes/blogIndex'
import { blogIndexData, staticProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'

// No client runtime: the page is complete as HTML (docs/performance.md). Next reads this object
// from the file itself; the key is missing from PageConfig's type.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
// /es/blog?page=N, handed over by the proxy like /blog?page=N; generated on first request.
export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })
export const getStaticProps = staticProps(blogIndexData, 'es')
export default readingPage(blogIndexView)
