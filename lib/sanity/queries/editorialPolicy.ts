import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { DEFAULT_LANGUAGE, IN_DEFAULT_LANGUAGE, type Language } from '../../i18n/languages'

// The editorial-policy page: the clinic's own words on how articles are written, reviewed and
// corrected (site settings), and the review interval the page promises.
export const editorialPolicyQuery = defineQuery(`
  *[_type == "siteSettings" && ${IN_DEFAULT_LANGUAGE}][0]{
    "language": $language,
    "translated": *[_type == "siteSettings" && language == $language && language != "${DEFAULT_LANGUAGE}"][0].editorialPolicy,
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

// Another language's settings give the policy in that language; a part they leave empty is the
// default text in that language (lib/content/editorialPolicy.ts), not the English words.
export const editorialPolicySchema = z
  .object({
    language: z.string().nullish(),
    translated: z.object({ writing: optionalText, reviewing: optionalText, corrections: optionalText }).nullish(),
    writing: optionalText,
    reviewing: optionalText,
    corrections: optionalText,
    reviewIntervalMonths: z.number().nullish(),
  })
  .transform(({ language, translated, ...policy }) =>
    !language || language === DEFAULT_LANGUAGE
      ? policy
      : { ...policy, writing: null, reviewing: null, corrections: null, ...translated },
  )
export type EditorialPolicy = z.infer<typeof editorialPolicySchema>

const EMPTY: EditorialPolicy = editorialPolicySchema.parse({})

/** What the settings say of the editorial policy; all empty when they say nothing (or cannot be read). */
export async function getEditorialPolicy(language: Language = DEFAULT_LANGUAGE): Promise<EditorialPolicy> {
  const data = await sanityFetch({ query: editorialPolicyQuery, params: { language }, tags: [tags.settings] })
  const parsed = editorialPolicySchema.safeParse(data ?? {})
  if (parsed.success) return parsed.data
  console.warn(
    `[content] editorialPolicyQuery: invalid: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
  )
  return EMPTY
}
