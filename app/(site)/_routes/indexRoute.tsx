import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import type { IndexPageSeo } from '@/lib/seo/pages/indexPageSeo'

type IndexRoute<Item> = {
  title: string
  load: () => Promise<Item[]>
  seo: IndexPageSeo<Item>
  /** What stands under the heading, given the list; it says so when the list is empty. */
  body: (items: Item[]) => ReactNode
}

/**
 * A page that lists things (the topics, the people, the FAQ hub): its metadata, and the page under
 * its breadcrumbs and heading. Both read the same list, so the head describes what the page shows.
 */
export function indexRoute<Item>({ title, load, seo, body }: IndexRoute<Item>) {
  async function generateMetadata(): Promise<Metadata> {
    const [items, settings, draft] = await Promise.all([load(), getSettings(), isPreviewing()])
    return seo.metadata({ settings, title, items, draft })
  }

  async function IndexPage() {
    const [items, settings] = await Promise.all([load(), getSettings()])
    return (
      <>
        <JsonLd graph={seo.graph({ settings, title, items })} />
        <Breadcrumbs trail={seo.trail} />
        <h1>{title}</h1>
        {body(items)}
      </>
    )
  }

  return { generateMetadata, IndexPage }
}
