import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import type { SeoContext } from '@/lib/seo/pages/seoContext'

/** What Next passes a page under a [slug] folder. */
export type SlugPageProps = { params: Promise<{ slug: string }> }

type SlugRoute<Doc> = {
  slugs: () => Promise<string[]>
  load: (slug: string) => Promise<Doc | null>
  metadata: (doc: Doc, context: SeoContext) => Metadata
  /** Tried before a slug that finds nothing answers 404: an old slug may redirect to the new one. */
  missing?: (slug: string) => Promise<void>
}

/**
 * A page found by its slug (an article, a topic, a person): the slugs Next builds ahead, the
 * metadata of one, and its document for the page. A slug that finds nothing gets no metadata and
 * a 404.
 */
export function slugRoute<Doc>({ slugs, load, metadata, missing }: SlugRoute<Doc>) {
  return {
    generateStaticParams: async () => (await slugs()).map((slug) => ({ slug })),

    async generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
      const [doc, settings, draft] = await Promise.all([load((await params).slug), getSettings(), isPreviewing()])
      return doc ? metadata(doc, { settings, draft }) : {}
    },

    async find({ params }: SlugPageProps): Promise<{ doc: Doc; settings: SiteSettings }> {
      const { slug } = await params
      const [doc, settings] = await Promise.all([load(slug), getSettings()])
      if (!doc) {
        await missing?.(slug)
        notFound()
      }
      return { doc, settings }
    },
  }
}
