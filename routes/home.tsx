import { ArticleList } from '@/components/articles/ArticleList'
import { BookingCallToAction } from '@/components/home/BookingCallToAction'
import { HomeIntro } from '@/components/home/HomeIntro'
import { HomeSection } from '@/components/home/HomeSection'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { paths } from '@/lib/navigation/paths'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import type { TopicSummary } from '@/lib/sanity/queries/topics'
import { homeGraph, homeMetadata } from '@/lib/seo/pages/home'
import type { ReadingProps, ReadingView } from './readingRoute'

export type HomeProps = ReadingProps & { articles: ArticleCard[]; topics: TopicSummary[] }

export const homeView: ReadingView<HomeProps> = {
  metadata: ({ settings, topics }, { draft }) => homeMetadata({ settings, topics, draft }),
  View: ({ settings, topics, articles }) => (
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
  ),
}
