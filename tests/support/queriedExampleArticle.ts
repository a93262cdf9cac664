import { getArticle, type Article } from '@/lib/sanity/queries/article'
import { EXAMPLE_ARTICLE } from './exampleContent'

/** The example article as its page's query returns it; fails by name when the bundled dataset lost it. */
export async function queriedExampleArticle(): Promise<Article> {
  const found = await getArticle(EXAMPLE_ARTICLE.slug)
  if (!found) throw new Error('the example article is missing from the bundled dataset')
  return found
}
