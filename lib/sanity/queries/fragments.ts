// GROQ projections shared by several queries, so a field is projected the same way everywhere.

export const imageFields = /* groq */ `
  alt,
  caption,
  "asset": asset->{
    _id,
    url,
    "width": metadata.dimensions.width,
    "height": metadata.dimensions.height,
    "lqip": metadata.lqip
  }
`

// Resolves what a rich-text renderer needs: image assets (alone and in galleries) and the slug
// behind internal links. Tables, code, definition lists and embeds are plain data: "..." has them.
export const portableTextFields = /* groq */ `
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "slug": @.reference->slug.current }
  },
  _type == "image" => { ${imageFields} },
  _type == "gallery" => { "images": images[]{ ..., ${imageFields} } }
`

export const personRefFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  role
`

export const topicRefFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  showCrisisResources
`

export const articleCardFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  updatedAt,
  "mainImage": mainImage{ ${imageFields} },
  "topics": topics[]->{ ${topicRefFields} }
`

// What listedArticleFilter asks of the article itself, leaving out its author: a webhook
// projection reads only the changed document, so this is what it can report.
export const listedOwnFieldsFilter = /* groq */ `_type == "article" && defined(slug.current) && defined(publishedAt) && defined(title) && title != ""`

// The articles a reader can reach, and the only condition for it: lists, counts, pagination, the
// sitemap, feeds, search and the article page itself all use this filter, so a card never links
// to an article whose own page would be a 404 (say, one whose author reference is broken). It
// asks for what the page cannot do without (a title, a date, an author with a name and a page)
// and nothing of the body: an article without sections (a short post whose intro is all of it)
// is listed too.
export const listedArticleFilter = /* groq */ `${listedOwnFieldsFilter} && defined(author->name) && defined(author->slug.current)`

// An article's topic-related candidates (the enclosing article is `^`): listed articles sharing a
// topic with it, newest first. The article page reads the first TOPIC_RELATED_CANDIDATES of them,
// and the publish webhook asks the same question in reverse (which articles have a changed one
// among theirs), so both use this filter and this order.
export const TOPIC_RELATED_CANDIDATES = 4
export const topicRelatedFilter = /* groq */ `${listedArticleFilter} && _id != ^._id && references(^.topics[]._ref)`
export const topicRelatedCandidates = /* groq */ `*[${topicRelatedFilter}] | order(publishedAt desc)[0...${TOPIC_RELATED_CANDIDATES}]`

// The language versions of the document in scope (`^`), as Sanity's document-internationalization
// plugin links them (one translation.metadata document per group): each entry's language and the
// slug of that version when readers can reach it (for an article, a listed one). Two constants,
// not one function: typegen reads a query only when its parts are constants.
export const articleTranslationLinks = /* groq */ `*[_type == "translation.metadata" && references(^._id)][0].translations[]{
  language,
  "slug": *[${listedArticleFilter} && _id == ^.value._ref][0].slug.current
}`

export const topicTranslationLinks = /* groq */ `*[_type == "translation.metadata" && references(^._id)][0].translations[]{
  language,
  "slug": *[_type == "topic" && defined(slug.current) && _id == ^.value._ref][0].slug.current
}`
