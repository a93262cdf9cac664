import { defineQuery } from 'groq'
import { cache } from 'react'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { articleCardSchema, compactList, imageSchema } from '../schemas/common'
import { parseDocument } from '../validate'
import { articleCardFields, imageFields, listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

// A person's page: who they are, and the articles they wrote and the ones they reviewed in the
// page's language (people are not translated: each language has a page for everyone).
export const personQuery = defineQuery(`
  *[_type == "person" && slug.current == $slug][0]{
    _id,
    name,
    "slug": slug.current,
    credentials,
    role,
    bio,
    "photo": photo{ ${imageFields} },
    links,
    "written": *[${listedArticleFilter} && ${IN_LANGUAGE} && author._ref == ^._id] | order(publishedAt desc, _id asc){ ${articleCardFields} },
    "reviewed": *[${listedArticleFilter} && ${IN_LANGUAGE} && medicalReviewer._ref == ^._id] | order(publishedAt desc, _id asc){ ${articleCardFields} }
  }
`)

export const personSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z.string().nullish(),
  role: z.string().nullish(),
  bio: z.string().nullish(),
  photo: imageSchema.nullish(),
  links: z
    .array(z.string())
    .nullish()
    .transform((links) => links ?? []),
  written: compactList(articleCardSchema, 'personQuery.written'),
  reviewed: compactList(articleCardSchema, 'personQuery.reviewed'),
})

/** The person with this slug and their articles; null when there is none. Cached per request. */
export const getPerson = cache(async (slug: string, language: Language = DEFAULT_LANGUAGE) => {
  const data = await sanityFetch({
    query: personQuery,
    params: { slug, ...languageParams(language) },
    tags: [tags.person(slug), tags.articleList],
  })
  return parseDocument(personSchema, data, 'personQuery')
})
export type Person = NonNullable<Awaited<ReturnType<typeof getPerson>>>
