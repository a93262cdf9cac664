import { ArticleView } from '@/components/article/ArticleView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { paths } from '@/lib/navigation/paths'
import { redirectIfMoved } from '@/lib/navigation/redirectIfMoved'
import { getArticle } from '@/lib/sanity/queries/article'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { articleGraph } from '@/lib/seo/jsonLd/articleGraph'
import { slugRoute, type SlugPageProps } from '@/app/(site)/_routes/slugRoute'

// Re-rendered daily, so a medical review that runs out shows its note without waiting for an edit.
export const revalidate = 86400

const route = slugRoute({
  slugs: getArticleSlugs,
  load: getArticle,
  metadata: (article, { settings, draft }) => articleMetadata(article, settings, { draft }),
  // An old slug of a renamed article still leads to it.
  missing: (slug) => redirectIfMoved(paths.article(slug)),
})

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function ArticlePage(props: SlugPageProps) {
  const { doc: article, settings } = await route.find(props)
  const trail = breadcrumbs.article(article)
  return (
    <>
      <JsonLd graph={articleGraph(article, settings, trail)} />
      <Breadcrumbs trail={trail} />
      <ArticleView article={article} settings={settings} />
    </>
  )
}
