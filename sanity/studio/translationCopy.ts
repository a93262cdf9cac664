import type { SchemaTypeDefinition } from 'sanity'

/**
 * Fields the Translations menu leaves out of the copy it makes of a document (the
 * document-internationalization plugin skips a field whose options say
 * `documentInternationalization.exclude`). A translation gets its own address and its own medical
 * review: a copied slug would publish the Spanish page at the English address, and a copied
 * reviewer, date or claim acknowledgement would mark a text as reviewed that nobody has read.
 * Old WordPress URLs belong to the original (they redirect there). Everything else is copied:
 * the structure (sections, sources, references, images) stays, the text is to be translated.
 */
export const NOT_COPIED_TO_TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  article: ['slug', 'medicalReviewer', 'reviewedAt', 'reviewNeedsConfirmation', 'claimAcknowledgements', 'legacyUrls'],
  topic: ['slug'],
}

type Field = { name: string; options?: Record<string, unknown> }

function excluded(field: Field): Field {
  return { ...field, options: { ...field.options, documentInternationalization: { exclude: true } } }
}

/** The schema types with the fields above marked as not copied (the types' own files stay untouched). */
export function withTranslationExclusions(types: readonly SchemaTypeDefinition[]): SchemaTypeDefinition[] {
  return types.map((type) => {
    const names = NOT_COPIED_TO_TRANSLATIONS[type.name]
    if (!names || !('fields' in type) || !Array.isArray(type.fields)) return type
    const fields = (type.fields as Field[]).map((field) => (names.includes(field.name) ? excluded(field) : field))
    const missing = names.filter((name) => !fields.some((field) => field.name === name))
    // A renamed field would silently be copied again: fail when the Studio loads instead.
    if (missing.length) throw new Error(`${type.name} has no field ${missing.join(', ')} to leave out of translations`)
    return { ...type, fields } as SchemaTypeDefinition
  })
}
