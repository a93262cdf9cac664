import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'

/**
 * Where imported content lives on the new site, by language: the English edition at the root,
 * the others under their code (`/es/blog/<slug>`, `/es/topics/<slug>`). Redirect documents and
 * rewritten links are written with these. People have no language, so authors have one address.
 */
const prefix = (language: Language) => (language === DEFAULT_LANGUAGE ? '' : `/${language}`)

export const articlePath = (slug: string, language: Language = DEFAULT_LANGUAGE) => `${prefix(language)}/blog/${slug}`
export const topicPath = (slug: string, language: Language = DEFAULT_LANGUAGE) => `${prefix(language)}/topics/${slug}`
export const authorPath = (slug: string) => `/authors/${slug}`

/** Whether a new-site path is a topic page, in any language. */
export const isTopicPath = (path: string) => /^(\/[a-z]{2})?\/topics\//.test(path)
/** Whether a new-site path is an article, in any language. */
export const isArticlePath = (path: string) => /^(\/[a-z]{2})?\/blog\//.test(path)
