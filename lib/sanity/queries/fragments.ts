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

// The articles a reader can reach, and the only condition for it: lists, counts, pagination, the
// sitemap, feeds, search and the article page itself all use this filter, so a card never links
// to an article whose own page would be a 404 (say, one whose author reference is broken). It
// asks for what the page cannot do without (a title, a date, an author with a name and a page)
// and nothing of the body: an article without sections (a short post whose intro is all of it)
// is listed too.
export const listedArticleFilter = /* groq */ `
  _type == "article" && defined(slug.current) && defined(publishedAt) && defined(title) && title != ""
  && defined(author->name) && defined(author->slug.current)
`
