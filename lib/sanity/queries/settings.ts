import { defineQuery } from 'groq'
import { cache } from 'react'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { imageSchema, linkUrlSchema } from '../schemas/common'
import { imageFields } from './fragments'
import { DEFAULT_LANGUAGE, IN_DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../i18n/languages'

// The English settings hold every field; another language's settings document holds only the text
// readers see in that language, and what it leaves empty is read from the English one.
export const settingsQuery = defineQuery(`
  *[_type == "siteSettings" && ${IN_DEFAULT_LANGUAGE}][0]{
    "language": $language,
    languages,
    "translated": *[_type == "siteSettings" && language == $language && language != "${DEFAULT_LANGUAGE}"][0]{
      clinicName,
      medicalDisclaimer,
      crisisResources[]{ _key, name, description, phone, sms, url }
    },
    clinicName,
    siteUrl,
    "logo": logo{ ${imageFields} },
    address,
    phone,
    email,
    bookingUrl,
    openingHours,
    medicalDisclaimer,
    crisisResources[]{ _key, name, description, phone, sms, url },
    socialLinks,
    "defaultOgImage": defaultOgImage{ ${imageFields} },
    editorialPolicyUrl
  }
`)

const optionalText = z.string().nullish()

const crisisResourcesSchema = z
  .array(
    z.object({
      _key: z.string(),
      name: z.string(),
      description: optionalText,
      phone: optionalText,
      sms: optionalText,
      url: optionalText,
    }),
  )
  .nullish()
  .transform((resources) => resources ?? [])

const storedSettingsSchema = z.object({
  languages: z
    .array(z.string())
    .nullish()
    // English is always published; unknown codes are ignored rather than breaking every page.
    .transform((codes) => LANGUAGES.filter((language) => language === DEFAULT_LANGUAGE || codes?.includes(language))),
  translated: z
    .object({ clinicName: optionalText, medicalDisclaimer: optionalText, crisisResources: crisisResourcesSchema })
    .nullish(),
  clinicName: z.string().min(1),
  siteUrl: optionalText,
  logo: imageSchema.nullish(),
  address: z
    .object({
      streetAddress: optionalText,
      addressLocality: optionalText,
      addressRegion: optionalText,
      postalCode: optionalText,
      addressCountry: optionalText,
    })
    .nullish(),
  phone: optionalText,
  email: optionalText,
  bookingUrl: linkUrlSchema,
  openingHours: z.array(z.string()).nullish(),
  medicalDisclaimer: optionalText,
  crisisResources: crisisResourcesSchema,
  socialLinks: z
    .array(linkUrlSchema)
    .nullish()
    .transform((links) => (links ?? []).filter((link) => link !== null)),
  defaultOgImage: imageSchema.nullish(),
  editorialPolicyUrl: linkUrlSchema,
})

/** The settings as pages read them: in one language, with that language's text where it has some. */
export const settingsSchema = storedSettingsSchema
  .extend({ language: z.enum(LANGUAGES) })
  .transform(({ translated, ...settings }) => ({
    ...settings,
    clinicName: translated?.clinicName || settings.clinicName,
    medicalDisclaimer: translated?.medicalDisclaimer || settings.medicalDisclaimer,
    crisisResources:
      translated && translated.crisisResources.length > 0 ? translated.crisisResources : settings.crisisResources,
  }))
export type SiteSettings = z.infer<typeof settingsSchema>

// Without settings the site still needs a name to show; this is the honest minimum.
const fallback = (language: Language): SiteSettings => settingsSchema.parse({ clinicName: 'Clinic Blog', language })

/** The clinic's settings in one language; cached per request because the layout and the page both need them. */
export const getSettings = cache(async (language: Language = DEFAULT_LANGUAGE): Promise<SiteSettings> => {
  const data = await sanityFetch({ query: settingsQuery, params: { language }, tags: [tags.settings] })
  const parsed = settingsSchema.safeParse(data)
  if (parsed.success) return parsed.data
  console.warn(
    `[content] settingsQuery: siteSettings invalid or missing: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
  )
  return fallback(language)
})
