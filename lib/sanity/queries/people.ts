import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { personRefSchema } from '../schemas/common'
import { parseList } from '../validate'
import { listedArticleFilter, personRefFields } from './fragments'

// Only people with a published article, written or reviewed, have a page worth listing.
const hasArticles = `count(*[${listedArticleFilter} && (author._ref == ^._id || medicalReviewer._ref == ^._id)]) > 0`

export const peopleQuery = defineQuery(`
  *[_type == "person" && defined(slug.current) && ${hasArticles}] | order(name asc){ ${personRefFields} }
`)

/** The authors and medical reviewers of published articles, by name. */
export async function getPeople() {
  const data = await sanityFetch({ query: peopleQuery, tags: [tags.personList, tags.articleList] })
  return parseList(personRefSchema, data, 'peopleQuery')
}

export const personSlugsQuery = defineQuery(`
  *[_type == "person" && defined(slug.current) && ${hasArticles}]{ "slug": slug.current }
`)

export const slugSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** Slugs of the people listed above, for static generation. */
export async function getPersonSlugs(): Promise<string[]> {
  const data = await sanityFetch({
    query: personSlugsQuery,
    tags: [tags.personList, tags.articleList],
    draftable: false,
  })
  return parseList(slugSchema, data, 'personSlugsQuery').map((item) => item.slug)
}
