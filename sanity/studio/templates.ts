import type { Template, TemplateItem } from 'sanity'
import { LANGUAGES, LANGUAGE_NAMES, TRANSLATED_TYPES } from '../../lib/i18n/languages'
import { SINGLETON_TYPES, languageTemplateId } from './structure'

const TRANSLATED = new Set<string>(TRANSLATED_TYPES)

/**
 * The Studio's initial value templates, after the plugins' (Sanity applies the root config last).
 * - The document-internationalization plugin adds "<type>-<language>" templates for the translated
 *   types, titled "Español Article": they are renamed "Article (Español)" so the "Create new" menu
 *   reads as a type with a choice of language.
 * - Site settings are created only from their fixed desk items, each with its language: the
 *   default template is replaced by one per language.
 */
export function resolveTemplates(templates: Template[]): Template[] {
  const settings = templates.find((template) => template.id === 'siteSettings')
  const perLanguageSettings: Template[] = LANGUAGES.map((language) => ({
    id: languageTemplateId('siteSettings', language),
    title: `Site settings (${LANGUAGE_NAMES[language]})`,
    schemaType: 'siteSettings',
    icon: settings?.icon,
    value: { language },
  }))
  return [
    ...templates
      .filter((template) => template.schemaType !== 'siteSettings')
      .map((template) => {
        const language = LANGUAGES.find((id) => template.id === languageTemplateId(template.schemaType, id))
        if (!language || !TRANSLATED.has(template.schemaType)) return template
        const typeTitle = templates.find((other) => other.id === template.schemaType)?.title ?? template.schemaType
        return { ...template, title: `${typeTitle} (${LANGUAGE_NAMES[language]})` }
      }),
    ...perLanguageSettings,
  ]
}

/**
 * What "Create new" (and a reference field's "Create") offers: a translated type in each language
 * (its plain template is the English one again, so it is left out), and never site settings, which
 * exist once per language at fixed ids.
 */
export function resolveNewDocumentOptions(options: TemplateItem[]): TemplateItem[] {
  const singleton = (id: string) => [...SINGLETON_TYPES].some((type) => id === type || id.startsWith(`${type}-`))
  return options.filter(({ templateId }) => !TRANSLATED.has(templateId) && !singleton(templateId))
}
