// The bundled content's example article: every generated benchmark dataset contains it, and the
// browser, accessibility and performance runs audit its page, so each measures the same page.
export const EXAMPLE_ARTICLE_ID = 'article-ketamine-postpartum-depression'
export const EXAMPLE_ARTICLE_SLUG = 'ketamine-postpartum-depression'
export const EXAMPLE_ARTICLE_PATH = `/blog/${EXAMPLE_ARTICLE_SLUG}`

// Its bundled Spanish translation (sanity/dataset/source/articles/es/), the Spanish edition's example.
export const EXAMPLE_TRANSLATION_SLUG = 'ketamina-depresion-posparto'
export const EXAMPLE_TRANSLATION_PATH = `/es/blog/${EXAMPLE_TRANSLATION_SLUG}`
