import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import type { Language } from '../../i18n/languages'
import type { BreadcrumbTrail } from '../../navigation/breadcrumbs'
import { pageGraph, type PageGraphInput } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import type { SeoContext } from './seoContext'

/** An index page as its route knows it: its heading and what it lists. */
export type IndexPageInput<Item> = SeoContext & { title: string; items: Item[] }

type IndexPageSpec<Item> = {
  /** The page's address in a language. */
  path: (language: Language) => string
  trail: (language: Language) => BreadcrumbTrail
  describe: (input: IndexPageInput<Item>) => string
  /** What the graph says the page holds: the pages it lists, or the questions it answers. */
  holds: (input: IndexPageInput<Item>) => Pick<PageGraphInput, 'type' | 'items' | 'faqs'>
}

export type IndexPageSeo<Item> = {
  trail: (language: Language) => BreadcrumbTrail
  description: (input: IndexPageInput<Item>) => string
  metadata: (input: IndexPageInput<Item>) => Metadata
  graph: (input: IndexPageInput<Item>) => Graph
}

/**
 * The metadata and JSON-LD of a page that lists things (the topics, the people, the FAQ hub),
 * built from one description of it, so the head and the graph give the same title, description
 * and address. The page's language is its settings' language.
 */
export function indexPageSeo<Item>({ path, trail, describe, holds }: IndexPageSpec<Item>): IndexPageSeo<Item> {
  return {
    trail,
    description: describe,
    metadata: (input) =>
      pageMetadata({
        title: input.title,
        description: describe(input),
        path: path(input.settings.language),
        settings: input.settings,
        draft: input.draft,
      }),
    graph: (input) =>
      pageGraph({
        settings: input.settings,
        path: path(input.settings.language),
        name: input.title,
        description: describe(input),
        trail: trail(input.settings.language),
        ...holds(input),
      }),
  }
}
