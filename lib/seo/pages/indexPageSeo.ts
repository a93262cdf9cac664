import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import type { BreadcrumbTrail } from '../../navigation/breadcrumbs'
import { pageGraph, type PageGraphInput } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import type { SeoContext } from './seoContext'

/** An index page as its route knows it: its heading and what it lists. */
export type IndexPageInput<Item> = SeoContext & { title: string; items: Item[] }

type IndexPageSpec<Item> = {
  path: string
  trail: BreadcrumbTrail
  describe: (input: IndexPageInput<Item>) => string
  /** What the graph says the page holds: the pages it lists, or the questions it answers. */
  holds: (input: IndexPageInput<Item>) => Pick<PageGraphInput, 'type' | 'items' | 'faqs'>
}

export type IndexPageSeo<Item> = {
  trail: BreadcrumbTrail
  description: (input: IndexPageInput<Item>) => string
  metadata: (input: IndexPageInput<Item>) => Metadata
  graph: (input: IndexPageInput<Item>) => Graph
}

/**
 * The metadata and JSON-LD of a page that lists things (the topics, the people, the FAQ hub),
 * built from one description of it, so the head and the graph give the same title, description
 * and address.
 */
export function indexPageSeo<Item>({ path, trail, describe, holds }: IndexPageSpec<Item>): IndexPageSeo<Item> {
  return {
    trail,
    description: describe,
    metadata: (input) =>
      pageMetadata({
        title: input.title,
        description: describe(input),
        path,
        settings: input.settings,
        draft: input.draft,
      }),
    graph: (input) =>
      pageGraph({
        settings: input.settings,
        path,
        name: input.title,
        description: describe(input),
        trail,
        ...holds(input),
      }),
  }
}
