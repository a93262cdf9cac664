import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/ArticleView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { paths } from '@/lib/navigation/paths'
import { redirectIfMoved } from '@/lib/redirects/redirectIfMoved'
import { getArticle } from '@/lib/sanity/queries/article'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { getSettings } from '@/lib/sanity/queries/settings'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug)
  if (!article) return {}
  return { title: article.seo?.metaTitle || article.title, description: article.seo?.metaDescription || article.excerpt || undefined }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const [article, settings] = await Promise.all([getArticle(slug), getSettings()])
  if (!article) {
    // An old slug of a renamed article still leads to it.
    await redirectIfMoved(paths.article(slug))
    notFound()
  }
  return (
    <>
      <Breadcrumbs trail={breadcrumbs.article(article)} />
      <ArticleView article={article} settings={settings} />
    </>
  )
}
