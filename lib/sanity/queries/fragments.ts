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

// The articles a reader can reach: lists, counts and pagination all use the same filter, so
// a page count never includes an article the list would leave out. It asks nothing of the
// body: an article without sections (a short post whose intro is all of it) is listed too.
export const listedArticleFilter = /* groq */ `
  _type == "article" && defined(slug.current) && defined(publishedAt)
`
