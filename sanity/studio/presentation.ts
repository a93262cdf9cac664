import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { paths } from '../../lib/navigation/paths'

type Titled = { title?: string; slug?: string }

// Tells the Presentation tool which page shows a document, so opening an article in the Studio
// opens its page beside it, and which document a page is about, so navigating the preview
// opens that document in the editor.
export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: '/blog/:slug', filter: `_type == "article" && slug.current == $slug` },
    { route: '/topics/:slug', filter: `_type == "topic" && slug.current == $slug` },
    { route: '/authors/:slug', filter: `_type == "person" && slug.current == $slug` },
  ]),
  locations: {
    article: defineLocations({
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc: Titled | null) =>
        doc?.slug
          ? {
              locations: [
                { title: doc.title || 'Untitled article', href: paths.article(doc.slug) },
                { title: 'Blog', href: paths.blog },
              ],
            }
          : { message: 'Give the article a URL slug to preview it.', tone: 'caution' },
    }),
    topic: defineLocations({
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc: Titled | null) =>
        doc?.slug ? { locations: [{ title: doc.title || 'Untitled topic', href: paths.topic(doc.slug) }] } : null,
    }),
    person: defineLocations({
      select: { title: 'name', slug: 'slug.current' },
      resolve: (doc: Titled | null) =>
        doc?.slug ? { locations: [{ title: doc.title || 'Unnamed person', href: paths.author(doc.slug) }] } : null,
    }),
    faq: defineLocations({
      select: { title: 'question' },
      resolve: () => ({ locations: [{ title: 'FAQ page', href: paths.faq }] }),
    }),
    siteSettings: {
      message: 'Site settings appear on every page.',
      locations: [{ title: 'Home', href: paths.home }],
    },
  },
}
