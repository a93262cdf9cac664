import type { Metadata } from 'next'
import { ArticleList } from '@/components/articles/ArticleList'
import { BookingCallToAction } from '@/components/home/BookingCallToAction'
import { HomeIntro } from '@/components/home/HomeIntro'
import { HomeSection } from '@/components/home/HomeSection'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { paths } from '@/lib/navigation/paths'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getSettings } from '@/lib/sanity/queries/settings'
import { getTopics } from '@/lib/sanity/queries/topics'
import { homeGraph, homeMetadata } from '@/lib/seo/pages/home'

const LATEST_COUNT = 6

export async function generateMetadata(): Promise<Metadata> {
  const [topics, settings, draft] = await Promise.all([getTopics(), getSettings(), isPreviewing()])
  return homeMetadata({ settings, topics, draft })
}

export default async function HomePage() {
  const [articles, topics, settings] = await Promise.all([getLatestArticles(LATEST_COUNT), getTopics(), getSettings()])
  return (
    <>
      <JsonLd graph={homeGraph({ settings, topics, articles })} />
      <HomeIntro clinicName={settings.clinicName} />
      <BookingCallToAction settings={settings} />
      <HomeSection id="latest-articles" title="Latest articles" more={{ href: paths.blog, label: 'See all articles' }}>
        {articles.length > 0 ? (
          <ArticleList articles={articles} headingLevel="h3" />
        ) : (
          <p>No articles have been published yet.</p>
        )}
      </HomeSection>
      {topics.length > 0 ? (
        <HomeSection id="topics" title="Topics" more={{ href: paths.topics, label: 'See all topics' }}>
          <TopicList topics={topics} headingLevel="h3" />
        </HomeSection>
      ) : null}
    </>
  )
}
