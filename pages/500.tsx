import type { PageConfig } from 'next'
import { serverErrorPageProps } from '@/routes/pageData'
import { ServerErrorPage } from '@/routes/serverErrorPage'

export const config: PageConfig & { unstable_runtimeJS: boolean } = { unstable_runtimeJS: false }
export const getStaticProps = serverErrorPageProps
export default ServerErrorPage
