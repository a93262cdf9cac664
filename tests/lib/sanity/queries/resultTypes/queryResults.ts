// `npm run typecheck` compiles this file: it fails, naming the path, when a query's zod schema and
// the type `npm run typegen` generated for that query disagree (see ./disagreements.ts). Lists a
// schema takes as z.unknown() and checks item by item are compared against the item schema.
// tests/lib/sanity/queries/resultTypes/queryCoverage.test.ts makes sure every generated query type is checked here.
import type { z } from 'zod'
import type { articleSchema } from '@/lib/sanity/queries/article'
import type { articleIndexSchema } from '@/lib/sanity/queries/articleIndex'
import type { slugSchema as articleSlugSchema } from '@/lib/sanity/queries/articleSlugs'
import type { editorialPolicySchema } from '@/lib/sanity/queries/editorialPolicy'
import type { faqWithTopicsSchema } from '@/lib/sanity/queries/faqs'
import type { feedArticleSchema } from '@/lib/sanity/queries/feed'
import type { llmsArticleSchema } from '@/lib/sanity/queries/llms'
import type { openTopicsSchema, pagesShowingDocumentSchema } from '@/lib/sanity/queries/pagesShowingDocument'
import type { slugSchema as personSlugSchema } from '@/lib/sanity/queries/people'
import type { personSchema } from '@/lib/sanity/queries/person'
import type { redirectSchema } from '@/lib/sanity/queries/redirect'
import type { searchHitSchema, searchSchema } from '@/lib/sanity/queries/search'
import type { settingsSchema } from '@/lib/sanity/queries/settings'
import type { siteIndexSchema } from '@/lib/sanity/queries/siteIndex'
import type {
  sitemapArticleSchema,
  sitemapContentSchema,
  sitemapTopicSchema,
  slugDocumentSchema,
} from '@/lib/sanity/queries/sitemap'
import type { topicSchema, topicTakeawaySchema } from '@/lib/sanity/queries/topic'
import type { slugSchema as topicSlugSchema, topicSummarySchema } from '@/lib/sanity/queries/topics'
import type { articleCardSchema, personRefSchema } from '@/lib/sanity/schemas/common'
import type { faqWithArticlesSchema } from '@/lib/sanity/schemas/faqWithArticles'
import type * as Generated from '@/sanity.types'
import type { Agree, Disagreements } from './disagreements'

// The shared image projection asks every image for its caption; images whose field has none
// (social images, logos, photos) answer null, which the shared image schema accepts.
type ImagesWithoutCaption = `${string}.caption: the query always returns null here${string}`

type Item<T> = NonNullable<T> extends readonly (infer I)[] ? I : never
type Field<T, K extends keyof NonNullable<T>> = NonNullable<T>[K]
type In<S extends z.ZodType> = z.input<S>

export type QueryResultsAgreeWithSchemas = [
  Agree<Exclude<Disagreements<Generated.ArticleQueryResult, In<typeof articleSchema>>, ImagesWithoutCaption> & string>,
  Agree<Disagreements<Generated.ArticleIndexQueryResult, In<typeof articleIndexSchema>> & string>,
  Agree<
    Disagreements<Item<Field<Generated.ArticleIndexQueryResult, 'articles'>>, In<typeof articleCardSchema>> & string
  >,
  Agree<Disagreements<Item<Generated.LatestArticlesQueryResult>, In<typeof articleCardSchema>> & string>,
  Agree<Disagreements<Item<Generated.ArticleSlugsQueryResult>, In<typeof articleSlugSchema>> & string>,
  Agree<Disagreements<Item<Generated.NewestArticleSlugsQueryResult>, In<typeof articleSlugSchema>> & string>,
  Agree<Disagreements<Generated.EditorialPolicyQueryResult, In<typeof editorialPolicySchema>> & string>,
  Agree<Disagreements<Item<Generated.FaqsQueryResult>, In<typeof faqWithTopicsSchema>> & string>,
  Agree<Disagreements<Item<Generated.FeedQueryResult>, In<typeof feedArticleSchema>> & string>,
  Agree<Disagreements<Item<Generated.LlmsArticlesQueryResult>, In<typeof llmsArticleSchema>> & string>,
  Agree<Disagreements<Generated.PagesShowingDocumentQueryResult, In<typeof pagesShowingDocumentSchema>> & string>,
  Agree<Disagreements<Generated.OpenTopicsQueryResult, In<typeof openTopicsSchema>> & string>,
  Agree<Disagreements<Item<Generated.PeopleQueryResult>, In<typeof personRefSchema>> & string>,
  Agree<Disagreements<Item<Generated.PersonSlugsQueryResult>, In<typeof personSlugSchema>> & string>,
  Agree<Exclude<Disagreements<Generated.PersonQueryResult, In<typeof personSchema>>, ImagesWithoutCaption> & string>,
  Agree<Disagreements<Item<Field<Generated.PersonQueryResult, 'written'>>, In<typeof articleCardSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.PersonQueryResult, 'reviewed'>>, In<typeof articleCardSchema>> & string>,
  Agree<Disagreements<Generated.RedirectQueryResult, In<typeof redirectSchema>> & string>,
  Agree<Disagreements<Generated.SearchQueryResult, In<typeof searchSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.SearchQueryResult, 'results'>>, In<typeof searchHitSchema>> & string>,
  Agree<
    Exclude<Disagreements<Generated.SettingsQueryResult, In<typeof settingsSchema>>, ImagesWithoutCaption> & string
  >,
  Agree<Disagreements<Generated.SiteIndexQueryResult, In<typeof siteIndexSchema>> & string>,
  Agree<Disagreements<Generated.SitemapQueryResult, In<typeof sitemapContentSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.SitemapQueryResult, 'articles'>>, In<typeof sitemapArticleSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.SitemapQueryResult, 'topics'>>, In<typeof sitemapTopicSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.SitemapQueryResult, 'people'>>, In<typeof slugDocumentSchema>> & string>,
  Agree<Disagreements<Generated.TopicQueryResult, In<typeof topicSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.TopicQueryResult, 'articles'>>, In<typeof articleCardSchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.TopicQueryResult, 'takeaways'>>, In<typeof topicTakeawaySchema>> & string>,
  Agree<Disagreements<Item<Field<Generated.TopicQueryResult, 'faqs'>>, In<typeof faqWithArticlesSchema>> & string>,
  Agree<Disagreements<Item<Generated.TopicsQueryResult>, In<typeof topicSummarySchema>> & string>,
  Agree<Disagreements<Item<Generated.TopicSlugsQueryResult>, In<typeof topicSlugSchema>> & string>,
]
