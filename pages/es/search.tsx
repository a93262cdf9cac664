import type { PageConfig } from 'next'
import { searchData, serverProps } from '@/routes/pageData'
import { readingPage } from '@/routes/pagesRouter'
import { searchView } from '@/routes/search'

// The Spanish search on the Pages Router, so its <html lang> is "es" (pages/_document.tsx): the App
// Router's one root layout cannot tell /es/search from /search. Rendered on each request, with no
// JavaScript, like the reading pages; rate limited by the proxy like /search.
export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
export const getServerSideProps = serverProps(searchData, 'es')
export default readingPage(searchView)
