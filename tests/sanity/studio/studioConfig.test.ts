import { evaluate, parse } from 'groq-js'
import {
  createSchema,
  type DocumentActionComponent,
  type DocumentActionsContext,
  type ObjectSchemaType,
  type SingleWorkspace,
  type Template,
} from 'sanity'
import config from '@/sanity.config'
import { contentPluginSchemaTypes } from '@/sanity/studio/contentPlugins'
import { withTranslationExclusions } from '@/sanity/studio/translationCopy'
import { ConfirmReviewAction } from '@/sanity/studio/confirmReviewAction'
import { resolve } from '@/sanity/studio/presentation'
import { NEEDS_MEDICAL_REVIEW_FILTER } from '@/sanity/studio/structure'

const workspace = config as SingleWorkspace

function action(name: string): DocumentActionComponent {
  return Object.assign(() => null, { action: name }) as unknown as DocumentActionComponent
}

describe('the Studio configuration', () => {
  it('mounts at /studio with the desk, Presentation and Vision tools', () => {
    expect(workspace.basePath).toBe('/studio')
    const tools = (workspace.plugins ?? []).flatMap((plugin) => {
      const provided = typeof plugin === 'object' && plugin && 'tools' in plugin ? plugin.tools : undefined
      return Array.isArray(provided) ? provided.map((tool: { name: string }) => tool.name) : []
    })
    expect(tools).toEqual(['structure', 'presentation', 'vision'])
  })

  it('registers every document type of the content model', () => {
    const types = (workspace.schema?.types as { name: string }[]).map((type) => type.name)
    expect(types).toEqual(
      expect.arrayContaining(['article', 'faq', 'takeaway', 'person', 'topic', 'siteSettings', 'redirect']),
    )
  })

  it('replaces the "new site settings" template by one per language, for the two fixed documents', () => {
    const templates = workspace.schema?.templates as (previous: Template[]) => Template[]
    const all = ['article', 'faq', 'siteSettings'].map(
      (schemaType) => ({ id: schemaType, schemaType, title: schemaType, value: {} }) as Template,
    )
    const resolved = templates(all)
    expect(resolved.map((template) => template.id)).toEqual(['article', 'faq', 'siteSettings-en', 'siteSettings-es'])
    expect(resolved.find((template) => template.id === 'siteSettings-es')?.value).toEqual({ language: 'es' })
  })

  it('offers no site settings in "Create new", so neither can be created twice', () => {
    const options = workspace.document?.newDocumentOptions as (
      previous: { templateId: string }[],
      context: object,
    ) => { templateId: string }[]
    const offered = ['person', 'siteSettings', 'siteSettings-en', 'siteSettings-es'].map((templateId) => ({
      templateId,
    }))
    expect(options(offered, { creationContext: { type: 'global' } })).toEqual([{ templateId: 'person' }])
  })

  it('leaves the slug and the medical review out of the copy a new translation starts from', () => {
    const schema = createSchema({
      name: 'test',
      types: [...(workspace.schema?.types as never[]), ...contentPluginSchemaTypes()],
    })
    // What the Translations menu reads (the plugin's removeExcludedPaths): each field's type options.
    const notCopied = (typeName: string) =>
      ((schema.get(typeName) as ObjectSchemaType).fields ?? [])
        .filter(
          (field) =>
            (field.type.options as { documentInternationalization?: { exclude?: boolean } } | undefined)
              ?.documentInternationalization?.exclude,
        )
        .map((field) => field.name)
    expect(notCopied('article')).toEqual([
      'slug',
      'medicalReviewer',
      'reviewedAt',
      'reviewNeedsConfirmation',
      'claimAcknowledgements',
      'legacyUrls',
    ])
    expect(notCopied('topic')).toEqual(['slug'])
    expect(notCopied('faq')).toEqual([])
    // Validation and the rest of the field are untouched.
    expect(
      (schema.get('article') as ObjectSchemaType).fields.find((field) => field.name === 'slug')?.type.validation,
    ).toBeDefined()
  })

  it('fails to load when a field left out of translations no longer exists', () => {
    const type = { name: 'article', type: 'document', fields: [{ name: 'title', type: 'string' }] }
    expect(() => withTranslationExclusions([type])).toThrow(/article has no field slug/)
  })

  it('lets nobody delete, duplicate or unpublish site settings, and leaves other types alone', () => {
    const resolveActions = workspace.document?.actions as (
      previous: DocumentActionComponent[],
      context: DocumentActionsContext,
    ) => DocumentActionComponent[]
    const actions = ['publish', 'discardChanges', 'duplicate', 'delete', 'unpublish'].map(action)
    const names = (schemaType: string) =>
      resolveActions(actions, { schemaType } as DocumentActionsContext).map(
        (item) => (item as { action?: string }).action,
      )
    expect(names('siteSettings')).toEqual(['publish', 'discardChanges'])
    expect(names('faq')).toEqual(['publish', 'discardChanges', 'duplicate', 'delete', 'unpublish'])
  })

  it('publishes articles through the claims check and offers "Confirm review"', () => {
    const resolveActions = workspace.document?.actions as (
      previous: DocumentActionComponent[],
      context: DocumentActionsContext,
    ) => DocumentActionComponent[]
    const actions = ['publish', 'discardChanges', 'delete'].map(action)
    const resolved = resolveActions(actions, { schemaType: 'article' } as DocumentActionsContext)
    expect(resolved.map((item) => item.action)).toEqual(['publish', 'discardChanges', 'delete', undefined])
    expect(resolved[0]).not.toBe(actions[0])
    expect(resolved[0]?.displayName).toBe('ClaimsPublishAction')
    expect(resolved[3]).toBe(ConfirmReviewAction)
  })
})

describe('"Needs medical review"', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
  const reviewer = { _type: 'reference', _ref: 'person-dr' }
  const articles = [
    { _id: 'article-unreviewed', _type: 'article' },
    { _id: 'article-no-date', _type: 'article', medicalReviewer: reviewer },
    { _id: 'article-stale', _type: 'article', medicalReviewer: reviewer, reviewedAt: daysAgo(400) },
    { _id: 'article-fresh', _type: 'article', medicalReviewer: reviewer, reviewedAt: daysAgo(30) },
    { _id: 'faq-1', _type: 'faq' },
  ]

  it('lists articles with no reviewer, no review date or a review older than 12 months', async () => {
    const result = await (await evaluate(parse(`*[${NEEDS_MEDICAL_REVIEW_FILTER}]._id`), { dataset: articles })).get()
    expect([...(result as string[])].sort()).toEqual(['article-no-date', 'article-stale', 'article-unreviewed'])
  })
})

describe('the Presentation tool', () => {
  type Resolver = {
    resolve: (
      value: Record<string, unknown> | null,
    ) => { locations?: { href: string }[]; message?: string } | null | undefined | void
  }
  const locations = resolve?.locations as Record<string, Resolver>

  it('opens the article being edited on its page', () => {
    const state = locations.article?.resolve({ title: 'Ketamine and PPD', slug: 'ketamine-postpartum-depression' })
    expect(state?.locations?.map((location) => location.href)).toEqual([
      '/blog/ketamine-postpartum-depression',
      '/blog',
    ])
  })

  it('explains why an article without a slug has no page yet', () => {
    expect(locations.article?.resolve({ title: 'Draft', slug: undefined })?.message).toMatch(/slug/)
  })

  it('maps each page route back to the document it shows', () => {
    const routes = (resolve?.mainDocuments ?? []).map((document) => document.route)
    expect(routes).toEqual(['/blog/:slug', '/topics/:slug', '/authors/:slug'])
  })
})
