import type { SanityClient } from '@sanity/client'
import { writeToSanity, type SanityWriteResult } from './sanityWriter'
import type { BundledDataset } from '../dataset/bundledDataset'

// Content an editor could have made: everything but the Content Lake's own system documents and
// assets (an asset left by an interrupted seed is not content worth protecting).
const CONTENT_COUNT = `count(*[!(_id in path("_.**")) && !(_type match "sanity.*") && !(_type match "system.*")])`

export type SeedOutcome = { refused: string } | ({ refused?: undefined } & SanityWriteResult)

/**
 * Loads the bundled dataset into the client's dataset. A dataset that already holds content is
 * left alone unless `replace` is set; then the bundled documents overwrite those with the same
 * ids (like `sanity dataset import --replace`) and every other document is kept.
 */
export async function seedDataset(
  client: SanityClient,
  bundle: BundledDataset,
  { replace }: { replace: boolean },
): Promise<SeedOutcome> {
  const existing = await client.fetch<number>(CONTENT_COUNT, {}, { perspective: 'raw' })
  if (existing > 0 && !replace) {
    return {
      refused: `Dataset "${client.config().dataset}" already holds ${existing} documents. Run \`npm run seed -- --replace\` to overwrite the bundled ones (documents with other ids are kept).`,
    }
  }
  return writeToSanity(client, bundle.documents, [], bundle.assets, async (url) => {
    throw new Error(`the bundled dataset only uses local images, not ${url}`)
  })
}
