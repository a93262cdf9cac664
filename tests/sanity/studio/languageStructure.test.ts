import { evaluate, parse } from 'groq-js'
import {
  createSchema,
  defaultTemplatesForSchema,
  prepareTemplates,
  resolveInitialValue,
  type SingleWorkspace,
  type Source,
  type Template,
} from 'sanity'
import { createStructureBuilder } from 'sanity/structure'
import config from '@/sanity.config'
import { contentPluginSchemaTypes } from '@/sanity/studio/contentPlugins'
import { structure } from '@/sanity/studio/structure'

const workspace = config as SingleWorkspace
const schema = createSchema({
  name: 'test',
  types: [...(workspace.schema?.types as never[]), ...contentPluginSchemaTypes()],
})
type TemplatesResolver = (previous: Template[], context: { schema: typeof schema }) => Template[]
const plugin = (workspace.plugins ?? []).find(
  (candidate) => typeof candidate === 'object' && candidate.name === '@sanity/document-internationalization',
) as unknown as { schema: { templates: TemplatesResolver } }
// As Sanity composes them: the schema's default templates, the plugins' (in order), the root config's last.
const templates = prepareTemplates(
  schema,
  (workspace.schema?.templates as TemplatesResolver)(
    plugin.schema.templates(defaultTemplatesForSchema(schema), { schema }),
    {
      schema,
    },
  ),
)

type Doc = { _id: string; _type: string } & Record<string, unknown>

async function ids(query: string, dataset: Doc[], params: Record<string, unknown> = {}): Promise<string[]> {
  const result = await (await evaluate(parse(query, { params }), { dataset, params })).get()
  return [...(result as string[])].sort()
}

// A serialized pane: a list of items, or a document list with its GROQ and its "new document" templates.
type Pane = {
  id: string
  title?: string
  type?: string
  items?: Item[]
  options?: { filter: string; params?: Record<string, unknown>; id?: string; type?: string; template?: string }
  initialValueTemplates?: { templateId: string }[]
}
type Item = { id: string; title?: string; type: string; child?: unknown }

/** The desk as the Studio builds it, its GROQ answered by groq-js from `dataset` (with the perspective asked). */
function desk(dataset: Doc[]) {
  const fetches: { query: string; perspective: unknown }[] = []
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}, options: { perspective?: unknown } = {}) => {
      fetches.push({ query, perspective: options.perspective })
      return (await evaluate(parse(query, { params }), { dataset, params })).get()
    },
  }
  const source = {
    name: 'test',
    schema,
    templates,
    getClient: () => client,
    document: { resolveNewDocumentOptions: () => [] },
    i18n: { t: (key: string) => key },
  } as unknown as Source
  const S = createStructureBuilder({ source, perspectiveStack: ['drafts'] })
  const root = (structure(S, {} as never) as { serialize: () => Pane }).serialize()

  async function open(...path: string[]): Promise<Pane> {
    let pane = root
    for (const id of path) {
      const item = pane.items?.find((candidate) => candidate.id === id)
      if (!item)
        throw new Error(`no item ${id} in ${pane.id}: ${pane.items?.map((candidate) => candidate.id).join(', ')}`)
      let child = item.child
      if (typeof child === 'function') child = await child(id, {})
      if (child && typeof child === 'object' && 'serialize' in child)
        child = (child as { serialize: (options: object) => Pane }).serialize({ path: [] })
      pane = child as Pane
    }
    return pane
  }

  /** The documents a document list shows. */
  async function listed(...path: string[]): Promise<string[]> {
    const pane = await open(...path)
    if (!pane.options) throw new Error(`${path.join(' > ')} is not a document list`)
    return ids(`*[${pane.options.filter}]._id`, dataset, pane.options.params)
  }

  const titles = (pane: Pane) => (pane.items ?? []).filter((item) => item.type !== 'divider').map((item) => item.title)
  return { root, open, listed, titles, fetches }
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
const reviewer = { _type: 'reference', _ref: 'person-dr' }
const entry = (language: string, ref: string) => ({
  _key: language,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: { _type: 'reference', _ref: ref, _weak: true },
})

const dataset: Doc[] = [
  // Articles: English (labelled, and from before the Spanish edition), Spanish.
  { _id: 'a-en', _type: 'article', language: 'en', medicalReviewer: reviewer, reviewedAt: daysAgo(380) },
  { _id: 'a-legacy', _type: 'article' },
  { _id: 'a-es', _type: 'article', language: 'es' },
  { _id: 'a-es-overdue', _type: 'article', language: 'es', medicalReviewer: reviewer, reviewedAt: daysAgo(380) },
  { _id: 'a-untranslated', _type: 'article', language: 'en', medicalReviewer: reviewer, reviewedAt: daysAgo(10) },
  { _id: 'drafts.a-draft-only', _type: 'article', language: 'en' },
  { _id: 'f-en', _type: 'faq', language: 'en' },
  { _id: 'f-legacy', _type: 'faq' },
  { _id: 'f-es', _type: 'faq', language: 'es' },
  { _id: 'k-es', _type: 'takeaway', language: 'es' },
  { _id: 'k-legacy', _type: 'takeaway' },
  { _id: 't-en', _type: 'topic', language: 'en' },
  { _id: 't-es', _type: 'topic', language: 'es' },
  {
    _id: 'translation-metadata-article-a-en',
    _type: 'translation.metadata',
    schemaTypes: ['article'],
    translations: [entry('en', 'a-en'), entry('es', 'a-es')],
  },
  {
    _id: 'translation-metadata-article-a-legacy',
    _type: 'translation.metadata',
    schemaTypes: ['article'],
    translations: [entry('en', 'a-legacy'), entry('es', 'a-es-overdue')],
  },
]

describe('the desk, per language', () => {
  it('splits articles, FAQs, takeaways and topics into English, Español and All', async () => {
    const { root, open, titles } = desk(dataset)
    expect(titles(root)).toEqual([
      'Articles',
      'Needs medical review',
      'Claims to review',
      'Review due within 30 days',
      'Review overdue',
      'Missing Spanish translation',
      'FAQs',
      'Key takeaways',
      'Topics',
      'People',
      'Redirects',
      'Site settings (English)',
      'Site settings (Español)',
    ])
    for (const type of ['article', 'faq', 'takeaway', 'topic'])
      expect(titles(await open(type))).toEqual(['English', 'Español', 'All'])
  })

  it('counts a document without language as English', async () => {
    const { listed } = desk(dataset)
    expect(await listed('article', 'en')).toEqual(['a-en', 'a-legacy', 'a-untranslated', 'drafts.a-draft-only'])
    expect(await listed('article', 'es')).toEqual(['a-es', 'a-es-overdue'])
    expect(await listed('article', 'all')).toHaveLength(6)
    expect(await listed('faq', 'en')).toEqual(['f-en', 'f-legacy'])
    expect(await listed('faq', 'es')).toEqual(['f-es'])
    expect(await listed('takeaway', 'en')).toEqual(['k-legacy'])
    expect(await listed('takeaway', 'es')).toEqual(['k-es'])
    expect(await listed('topic', 'en')).toEqual(['t-en'])
    expect(await listed('topic', 'es')).toEqual(['t-es'])
    expect(await listed('topic', 'all')).toEqual(['t-en', 't-es'])
  })

  it("creates a new document in the list's language", async () => {
    const { open } = desk(dataset)
    const created = async (...path: string[]) =>
      ((await open(...path)).initialValueTemplates ?? []).map((item) => item.templateId)
    expect(await created('article', 'en')).toEqual(['article-en'])
    expect(await created('article', 'es')).toEqual(['article-es'])
    expect(await created('article', 'all')).toEqual(['article-en', 'article-es'])
    expect(await created('topic', 'es')).toEqual(['topic-es'])
  })

  it('filters the review queue by language', async () => {
    const { open, titles, listed } = desk(dataset)
    for (const list of ['needsMedicalReview', 'claimsToReview', 'reviewDueSoon', 'reviewOverdue'])
      expect(titles(await open(list))).toEqual(['English', 'Español', 'All'])
    expect(await listed('needsMedicalReview', 'en')).toEqual(['a-en', 'a-legacy', 'drafts.a-draft-only'])
    expect(await listed('needsMedicalReview', 'es')).toEqual(['a-es', 'a-es-overdue'])
    expect(await listed('needsMedicalReview', 'all')).toHaveLength(5)
    expect(await listed('reviewOverdue', 'en')).toEqual(['a-en'])
    expect(await listed('reviewOverdue', 'es')).toEqual(['a-es-overdue'])
    expect(await listed('reviewOverdue', 'all')).toEqual(['a-en', 'a-es-overdue'])
  })

  it('lists claims to review per language', async () => {
    const claims = [
      { _id: 'c-en', _type: 'article', title: 'Ketamine', excerpt: 'A guaranteed result.' },
      { _id: 'c-es', _type: 'article', language: 'es', title: 'Ketamina', excerpt: 'A guaranteed result.' },
      { _id: 'c-clean', _type: 'article', language: 'es', title: 'Depresión', excerpt: 'Es común.' },
    ]
    const { listed } = desk(claims)
    expect(await listed('claimsToReview', 'en')).toEqual(['c-en'])
    expect(await listed('claimsToReview', 'es')).toEqual(['c-es'])
    expect(await listed('claimsToReview', 'all')).toEqual(['c-en', 'c-es'])
  })

  it('lists published English articles with no Spanish translation, read in the raw perspective', async () => {
    const { listed, fetches } = desk(dataset)
    expect(await listed('missingSpanishTranslation')).toEqual(['a-untranslated'])
    expect(fetches.at(-1)?.perspective).toBe('raw')
  })

  it('opens one site settings document per language, the Spanish one created in Spanish', async () => {
    const { open } = desk(dataset)
    const english = await open('siteSettings')
    const spanish = await open('siteSettings-es')
    expect(english.options).toMatchObject({ id: 'siteSettings', type: 'siteSettings', template: 'siteSettings-en' })
    expect(spanish.options).toMatchObject({ id: 'siteSettings-es', type: 'siteSettings', template: 'siteSettings-es' })
  })
})

describe('new documents', () => {
  const byId = (id: string) => {
    const template = templates.find((candidate) => candidate.id === id)
    if (!template) throw new Error(`no template ${id}`)
    return template
  }
  // Sanity resolves initial values in browser tasks when `window.scheduler` exists, else at once:
  // Jest's node environment needs only a `window` to look at.
  const global = globalThis as { window?: object }
  const hadWindow = 'window' in global
  beforeAll(() => {
    global.window ??= {}
  })
  afterAll(() => {
    if (!hadWindow) delete global.window
  })
  const initial = (id: string) =>
    resolveInitialValue(schema, byId(id), {}, { schema, currentUser: null } as never) as Promise<
      Record<string, unknown>
    >

  it('start in English, or in the language of the template chosen', async () => {
    expect((await initial('article')).language).toBe('en')
    expect((await initial('article-en')).language).toBe('en')
    const spanish = await initial('article-es')
    // The template's language wins over the field's English default; the other defaults still apply.
    expect(spanish.language).toBe('es')
    expect(typeof spanish.publishedAt).toBe('string')
    expect((await initial('topic-es')).language).toBe('es')
    expect((await initial('siteSettings-es')).language).toBe('es')
    expect((await initial('siteSettings-en')).language).toBe('en')
  })

  it('"Create new" offers each translated type in English and in Spanish, and no site settings', () => {
    const resolve = workspace.document?.newDocumentOptions as (
      previous: { templateId: string; title?: string }[],
      context: object,
    ) => { templateId: string; title?: string }[]
    // What Sanity passes in: every template without parameters.
    const offered = templates
      .filter((template) => !template.parameters?.length)
      .map((template) => ({ templateId: template.id, title: template.title }))
    const options = resolve(offered, { creationContext: { type: 'global' } })
    expect(options.map((option) => option.title)).toEqual([
      'Person',
      'Redirect',
      'Article (English)',
      'Article (Español)',
      'FAQ (English)',
      'FAQ (Español)',
      'Key takeaway (English)',
      'Key takeaway (Español)',
      'Topic (English)',
      'Topic (Español)',
    ])
  })
})
