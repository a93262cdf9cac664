import type { ListItemBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import {
  IN_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  TRANSLATED_TYPES,
  languageParams,
  type Language,
} from '../../lib/i18n/languages'
import type { StudioArticle } from '../schemaTypes/documents/articleClaims'
import { articlesWithOpenClaims, CLAIMS_TO_REVIEW_QUERY } from './claimsToReview'
import {
  MISSING_SPANISH_TRANSLATION_FILTER,
  NEEDS_MEDICAL_REVIEW_FILTER,
  REVIEW_DUE_SOON_FILTER,
  REVIEW_OVERDUE_FILTER,
} from './reviewFilters'

export { NEEDS_MEDICAL_REVIEW_FILTER } from './reviewFilters'

export const SINGLETON_TYPES = new Set(['siteSettings'])

/** The site settings documents, one per language at a fixed id (the English one holds every field). */
export const SITE_SETTINGS_IDS: Record<Language, string> = { en: 'siteSettings', es: 'siteSettings-es' }

/**
 * Initial value templates that create a document in a given language. The plugin registers
 * `<type>-<language>` for the translated types; sanity.config.ts adds `siteSettings-<language>`.
 */
export function languageTemplateId(schemaType: string, language: Language): string {
  return `${schemaType}-${language}`
}

const API_VERSION = '2025-09-01'

type TranslatedType = (typeof TRANSLATED_TYPES)[number]

/** A list item's language choice: one language, or every document ("All"). */
type LanguageChoice = Language | 'all'

const LANGUAGE_CHOICES: readonly LanguageChoice[] = [...LANGUAGES, 'all']

/** `filter` narrowed to one language (a document without language is English), with its parameters. */
export function inLanguage(
  filter: string,
  choice: LanguageChoice,
): { filter: string; params: Record<string, string | null> } {
  if (choice === 'all') return { filter, params: {} }
  return { filter: `(${filter}) && ${IN_LANGUAGE}`, params: languageParams(choice) }
}

function choiceTitle(choice: LanguageChoice, all: string): string {
  return choice === 'all' ? all : LANGUAGE_NAMES[choice]
}

// The "new document" button of a list creates a document in the list's language; "All" offers both.
function templatesFor(S: StructureBuilder, schemaType: string, choice: LanguageChoice) {
  const languages = choice === 'all' ? LANGUAGES : [choice]
  return languages.map((language) => S.initialValueTemplateItem(languageTemplateId(schemaType, language)))
}

/** A list split per language: one sub-list per language, then "All". */
function perLanguage(
  S: StructureBuilder,
  title: string,
  id: string,
  item: (choice: LanguageChoice, title: string) => ListItemBuilder,
): ListItemBuilder {
  return S.listItem()
    .title(title)
    .id(id)
    .child(
      S.list()
        .title(title)
        .id(id)
        .items(LANGUAGE_CHOICES.map((choice) => item(choice, `${title}: ${choiceTitle(choice, 'All')}`))),
    )
}

// Articles, FAQs, takeaways, topics: English, Español, All.
function translatedTypeList(S: StructureBuilder, schemaType: TranslatedType, title: string) {
  return perLanguage(S, title, schemaType, (choice, listTitle) => {
    const { filter, params } = inLanguage('_type == $type', choice)
    return S.listItem()
      .title(choiceTitle(choice, 'All'))
      .id(choice)
      .schemaType(schemaType)
      .child(
        S.documentList()
          .title(listTitle)
          .schemaType(schemaType)
          .apiVersion(API_VERSION)
          .filter(filter)
          .params({ ...params, type: schemaType })
          .initialValueTemplates(templatesFor(S, schemaType, choice)),
      )
  })
}

// A review queue list, per language.
function articleList(S: StructureBuilder, title: string, id: string, reviewFilter: string) {
  return perLanguage(S, title, id, (choice, listTitle) => {
    const { filter, params } = inLanguage(reviewFilter, choice)
    return S.listItem()
      .title(choiceTitle(choice, 'All'))
      .id(choice)
      .child(
        S.documentList()
          .title(listTitle)
          .schemaType('article')
          .apiVersion(API_VERSION)
          .filter(filter)
          .params(params)
          .defaultOrdering([{ field: 'reviewedAt', direction: 'asc' }])
          .initialValueTemplates([]),
      )
  })
}

// Opened on demand: fetches the articles, runs the claims check, lists those with open hits.
function claimsToReview(S: StructureBuilder) {
  return perLanguage(S, 'Claims to review', 'claimsToReview', (choice, listTitle) =>
    S.listItem()
      .title(choiceTitle(choice, 'All'))
      .id(choice)
      .child(async () => {
        const client = S.context.getClient({ apiVersion: API_VERSION })
        const articles = await client.fetch<(StudioArticle & { _id: string })[]>(CLAIMS_TO_REVIEW_QUERY)
        const { filter, params } = inLanguage('_id in $ids', choice)
        return S.documentList()
          .title(listTitle)
          .schemaType('article')
          .apiVersion(API_VERSION)
          .filter(filter)
          .params({ ...params, ids: articlesWithOpenClaims(articles) })
          .initialValueTemplates([])
      }),
  )
}

// Opened on demand: "published" needs the raw view (see MISSING_SPANISH_TRANSLATION_FILTER); the
// list then shows those articles as the desk sees them (with their drafts).
function missingSpanishTranslation(S: StructureBuilder) {
  const title = 'Missing Spanish translation'
  return S.listItem()
    .title(title)
    .id('missingSpanishTranslation')
    .child(async () => {
      const client = S.context.getClient({ apiVersion: API_VERSION })
      const ids = await client.fetch<string[]>(
        `*[${MISSING_SPANISH_TRANSLATION_FILTER}]._id`,
        {},
        { perspective: 'raw' },
      )
      return S.documentList()
        .title(title)
        .schemaType('article')
        .apiVersion(API_VERSION)
        .filter('_id in $ids')
        .params({ ids })
        .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
        .initialValueTemplates([])
    })
}

// One fixed document per language; the Spanish one is created with `language: "es"`.
function siteSettings(S: StructureBuilder, language: Language) {
  const id = SITE_SETTINGS_IDS[language]
  return S.listItem()
    .title(`Site settings (${LANGUAGE_NAMES[language]})`)
    .id(id)
    .schemaType('siteSettings')
    .child(
      S.document()
        .schemaType('siteSettings')
        .documentId(id)
        .initialValueTemplate(languageTemplateId('siteSettings', language)),
    )
}

// Editors see the content in the order they work with it; site settings open as one document per language.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      translatedTypeList(S, 'article', 'Articles'),
      articleList(S, 'Needs medical review', 'needsMedicalReview', NEEDS_MEDICAL_REVIEW_FILTER),
      claimsToReview(S),
      articleList(S, 'Review due within 30 days', 'reviewDueSoon', REVIEW_DUE_SOON_FILTER),
      articleList(S, 'Review overdue', 'reviewOverdue', REVIEW_OVERDUE_FILTER),
      missingSpanishTranslation(S),
      S.divider(),
      translatedTypeList(S, 'faq', 'FAQs'),
      translatedTypeList(S, 'takeaway', 'Key takeaways'),
      translatedTypeList(S, 'topic', 'Topics'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('redirect').title('Redirects'),
      S.divider(),
      ...LANGUAGES.map((language) => siteSettings(S, language)),
    ])
