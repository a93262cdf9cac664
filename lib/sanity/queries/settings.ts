import { defineQuery } from 'groq'
import { cache } from 'react'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { imageSchema, linkUrlSchema } from '../schemas/common'
import { imageFields } from './fragments'

export const settingsQuery = defineQuery(`
  *[_type == "siteSettings"][0]{
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

export const settingsSchema = z.object({
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
  crisisResources: z
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
    .transform((resources) => resources ?? []),
  socialLinks: z
    .array(linkUrlSchema)
    .nullish()
    .transform((links) => (links ?? []).filter((link) => link !== null)),
  defaultOgImage: imageSchema.nullish(),
  editorialPolicyUrl: linkUrlSchema,
})
export type SiteSettings = z.infer<typeof settingsSchema>

// Without settings the site still needs a name to show; this is the honest minimum.
const FALLBACK: SiteSettings = settingsSchema.parse({ clinicName: 'Clinic Blog' })

/** The clinic's settings; cached per request because the layout and the page both need them. */
export const getSettings = cache(async (): Promise<SiteSettings> => {
  const data = await sanityFetch({ query: settingsQuery, tags: [tags.settings] })
  const parsed = settingsSchema.safeParse(data)
  if (parsed.success) return parsed.data
  console.warn(
    `[content] settingsQuery: siteSettings invalid or missing: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
  )
  return FALLBACK
})
