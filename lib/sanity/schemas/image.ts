import { z } from 'zod'

// An image as the queries project it (fragments.ts imageFields): alt text, caption, resolved asset.

export const imageAssetSchema = z.object({
  _id: z.string(),
  url: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  lqip: z.string().nullish(),
})

export const imageSchema = z.object({
  alt: z.string().nullish(),
  caption: z.string().nullish(),
  asset: imageAssetSchema,
})
export type SanityImage = z.infer<typeof imageSchema>
