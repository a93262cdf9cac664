import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/ArticleView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { paths } from '@/lib/navigation/paths'
import { redirectIfMoved } from '@/lib/navigation/redirectIfMoved'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getArticle } from '@/lib/sanity/queries/article'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { getSettings } from '@/lib/sanity/queries/settings'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { articleGraph } from '@/lib/seo/jsonLd/articleGraph'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings, draft] = await Promise.all([getArticle((await params).slug), getSettings(), isPreviewing()])
  return article ? articleMetadata(article, settings, { draft }) : {}
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const [article, settings] = await Promise.all([getArticle(slug), getSettings()])
  if (!article) {
    // An old slug of a renamed article still leads to it.
    await redirectIfMoved(paths.article(slug))
    notFound()
  }
  const trail = breadcrumbs.article(article)
  return (
    <>
      <JsonLd graph={articleGraph(article, settings, trail)} />
      <Breadcrumbs trail={trail} />
      <ArticleView article={article} settings={settings} />
    </>
  )
}
