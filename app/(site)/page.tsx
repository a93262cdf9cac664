import { ArticleList } from '@/components/articles/ArticleList'
import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getSettings } from '@/lib/sanity/queries/settings'

export default async function HomePage() {
  const [articles, settings] = await Promise.all([getLatestArticles(10), getSettings()])
  return (
    <>
      <h1>{settings.clinicName} blog</h1>
      <h2>Latest articles</h2>
      <ArticleList articles={articles} headingLevel="h3" />
    </>
  )
}
