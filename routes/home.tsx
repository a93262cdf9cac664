import { ArticleList } from '@/components/articles/ArticleList'
import { BookingCallToAction } from '@/components/home/BookingCallToAction'
import { HomeIntro } from '@/components/home/HomeIntro'
import { HomeSection } from '@/components/home/HomeSection'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import type { TopicSummary } from '@/lib/sanity/queries/topics'
import { homeGraph, homeMetadata } from '@/lib/seo/pages/home'
import type { ReadingProps, ReadingView } from './readingRoute'

export type HomeProps = ReadingProps & { articles: ArticleCard[]; topics: TopicSummary[] }

export const homeView: ReadingView<HomeProps> = {
  metadata: ({ settings, topics }, { draft }) => homeMetadata({ settings, topics, draft }),
  View({ settings, topics, articles }) {
    const { language } = settings
    const paths = pathsFor(language)
    const m = messages(language).home
    return (
      <>
        <JsonLd graph={homeGraph({ settings, topics, articles })} />
        <HomeIntro clinicName={settings.clinicName} language={language} />
        <BookingCallToAction settings={settings} />
        <HomeSection id="latest-articles" title={m.latest} more={{ href: paths.blog, label: m.allArticles }}>
          {articles.length > 0 ? (
            <ArticleList articles={articles} headingLevel="h3" language={language} />
          ) : (
            <p>{m.noArticles}</p>
          )}
        </HomeSection>
        {topics.length > 0 ? (
          <HomeSection id="topics" title={m.topics} more={{ href: paths.topics, label: m.allTopics }}>
            <TopicList topics={topics} headingLevel="h3" language={language} />
          </HomeSection>
        ) : null}
      </>
    )
  },
}
