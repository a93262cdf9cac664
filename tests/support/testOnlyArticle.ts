import { reference } from './contentBlocks'
import { CALM_TOPIC, EXAMPLE_AUTHOR } from './exampleContent'

type ArticleFields = { title: string; excerpt: string } & Record<string, unknown>

const defaultsFor = (slug: string) => ({
  _id: `article-${slug}`,
  _type: 'article',
  slug: { _type: 'slug', current: slug },
  publishedAt: '2020-01-01T00:00:00Z',
  author: reference(EXAMPLE_AUTHOR.id),
  topics: [reference(CALM_TOPIC.id, 't')],
  sections: [] as unknown[],
})

/**
 * An article that exists only in the test that lays it over the bundled content: by the example
 * author, in the calm topic, published in 2020, with no sections; `fields` adds to or replaces any
 * of that (a draft's `_id`, say).
 */
export function testOnlyArticle<Fields extends ArticleFields>(
  slug: string,
  fields: Fields,
): Omit<ReturnType<typeof defaultsFor>, keyof Fields> & Fields {
  return { ...defaultsFor(slug), ...fields }
}
