import { defineField } from 'sanity'
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES } from '../../../lib/i18n/languages'

/**
 * The language a document is written in. The document-internationalization plugin sets it when an
 * editor creates a translation, so editors see it but do not type it; an empty one means English
 * (documents written before the Spanish edition).
 */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  readOnly: true,
  initialValue: DEFAULT_LANGUAGE,
  options: { list: LANGUAGES.map((id) => ({ value: id, title: LANGUAGE_NAMES[id] })) },
})
