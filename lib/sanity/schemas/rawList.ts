import { z } from 'zod'

/**
 * A list inside a query result that is validated item by item afterwards (with parseList), so
 * one bad item is dropped and reported instead of failing the whole page it appears on.
 */
export const rawList = z
  .array(z.unknown())
  .nullish()
  .transform((items) => items ?? [])
