import { ArticleView } from '@/components/article/ArticleView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { Article } from '@/lib/sanity/queries/article'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { articleGraph } from '@/lib/seo/jsonLd/articleGraph'
import type { ReadingProps, ReadingView } from './readingRoute'

export type ArticleProps = ReadingProps & { article: Article }

export const articleView: ReadingView<ArticleProps> = {
  metadata: ({ article, settings }, { draft }) => articleMetadata(article, settings, { draft }),
  View({ article, settings }) {
    const trail = breadcrumbsFor(settings.language).article(article)
    return (
      <>
        <JsonLd graph={articleGraph(article, settings, trail)} />
        <Breadcrumbs trail={trail} language={settings.language} />
        <ArticleView article={article} settings={settings} />
      </>
    )
  },
}
