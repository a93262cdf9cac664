import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleList } from '@/components/articles/ArticleList'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { Pagination } from '@/components/pagination/Pagination'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { paths } from '@/lib/navigation/paths'
import { pageCount, pageSlice, parsePageParam } from '@/lib/navigation/pagination'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { getSettings } from '@/lib/sanity/queries/settings'
import { blogIndexGraph, blogIndexMetadata, blogIndexTitle } from '@/lib/seo/pages/blogIndex'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page)
  // A page number that is not one, or past the end, answers 404, which has its own metadata.
  if (page === null) return {}
  const { start, end } = pageSlice(page)
  const [{ total }, settings, draft] = await Promise.all([getArticleIndex(start, end), getSettings(), isPreviewing()])
  return page > pageCount(total) ? {} : blogIndexMetadata({ settings, page, total, draft })
}

export default async function BlogIndexPage({ searchParams }: Props) {
  const raw = (await searchParams).page
  const page = parsePageParam(raw)
  if (page === null) notFound()
  // /blog?page=1 shows the same list as /blog: send it to the one URL.
  if (raw !== undefined && page === 1) permanentRedirect(paths.blog)

  const { start, end } = pageSlice(page)
  const [{ total, articles }, settings] = await Promise.all([getArticleIndex(start, end), getSettings()])
  const totalPages = pageCount(total)
  if (page > totalPages) notFound()

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
}
