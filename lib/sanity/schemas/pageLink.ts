import { z } from 'zod'

/**
 * What a link to a page of the site needs: the words to show and the slug its address is built
 * from. A document without either cannot be linked to, so it is refused rather than shown.
 */
export const pageLinkSchema = z.object({ title: z.string().min(1), slug: z.string().min(1) })
export type PageLink = z.infer<typeof pageLinkSchema>
