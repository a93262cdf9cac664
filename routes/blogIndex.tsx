import { ArticleList } from '@/components/articles/ArticleList'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { Pagination } from '@/components/pagination/Pagination'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { paths } from '@/lib/navigation/paths'
import { pageCount } from '@/lib/navigation/pagination'
import type { ArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { blogIndexGraph, blogIndexMetadata, blogIndexTitle } from '@/lib/seo/pages/blogIndex'
import type { ReadingProps, ReadingView } from './readingRoute'

export type BlogIndexProps = ReadingProps & ArticleIndex & { page: number }

export const blogIndexView: ReadingView<BlogIndexProps> = {
  metadata: ({ settings, page, total }, { draft }) => blogIndexMetadata({ settings, page, total, draft }),
  View({ settings, page, total, articles }) {
    const totalPages = pageCount(total)
    return (
      <>
        <JsonLd graph={blogIndexGraph({ settings, page, total, articles })} />
        <Breadcrumbs trail={breadcrumbs.blog(page)} />
        <h1>{blogIndexTitle(page)}</h1>
        {articles.length > 0 ? (
          <>
            <p>
              {totalPages > 1 ? `Page ${page} of ${totalPages}. ` : ''}
              {total === 1 ? 'One article' : `${total} articles`}, newest first.
            </p>
            <ArticleList articles={articles} headingLevel="h2" />
          </>
        ) : (
          <p>No articles have been published yet.</p>
        )}
        <Pagination page={page} totalPages={totalPages} pathFor={paths.blogPage} label="Articles" />
      </>
    )
  },
}
