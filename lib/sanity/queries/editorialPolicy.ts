import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'

// The editorial-policy page: the clinic's own words on how articles are written, reviewed and
// corrected (site settings), and the review interval the page promises.
export const editorialPolicyQuery = defineQuery(`
  *[_type == "siteSettings"][0]{
    "writing": editorialPolicy.writing,
    "reviewing": editorialPolicy.reviewing,
    "corrections": editorialPolicy.corrections,
    reviewIntervalMonths
  }
`)

const optionalText = z
  .string()
  .nullish()
  .transform((text) => text?.trim() || null)

export const editorialPolicySchema = z.object({
  writing: optionalText,
  reviewing: optionalText,
  corrections: optionalText,
  reviewIntervalMonths: z.number().nullish(),
})
export type EditorialPolicy = z.infer<typeof editorialPolicySchema>

const EMPTY: EditorialPolicy = editorialPolicySchema.parse({})

/** What the settings say of the editorial policy; all empty when they say nothing (or cannot be read). */
export async function getEditorialPolicy(): Promise<EditorialPolicy> {
  const data = await sanityFetch({ query: editorialPolicyQuery, tags: [tags.settings] })
  const parsed = editorialPolicySchema.safeParse(data ?? {})
  if (parsed.success) return parsed.data
  console.warn(
    `[content] editorialPolicyQuery: invalid: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
  )
  return EMPTY
}
