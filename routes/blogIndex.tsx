import { ArticleList } from '@/components/articles/ArticleList'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { Pagination } from '@/components/pagination/Pagination'
import { JsonLd } from '@/components/seo/JsonLd'
import { messages } from '@/lib/i18n/messages'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import { pathsFor } from '@/lib/navigation/paths'
import { pageCount } from '@/lib/navigation/pagination'
import type { ArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { blogIndexGraph, blogIndexMetadata, blogIndexTitle } from '@/lib/seo/pages/blogIndex'
import type { ReadingProps, ReadingView } from './readingRoute'

export type BlogIndexProps = ReadingProps & ArticleIndex & { page: number }

export const blogIndexView: ReadingView<BlogIndexProps> = {
  metadata: ({ settings, page, total }, { draft }) => blogIndexMetadata({ settings, page, total, draft }),
  View({ settings, page, total, articles }) {
    const totalPages = pageCount(total)
    const { language } = settings
    const m = messages(language).blogIndex
    return (
      <>
        <JsonLd graph={blogIndexGraph({ settings, page, total, articles })} />
        <Breadcrumbs trail={breadcrumbsFor(language).blog(page)} language={language} />
        <h1>{blogIndexTitle(page, language)}</h1>
        {articles.length > 0 ? (
          <>
            <p>
              {totalPages > 1 ? m.pageOf(page, totalPages) : ''}
              {m.count(total)}
            </p>
            <ArticleList articles={articles} headingLevel="h2" language={language} />
          </>
        ) : (
          <p>{m.noArticles}</p>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          pathFor={pathsFor(language).blogPage}
          label={m.listName}
          language={language}
        />
      </>
    )
  },
}
