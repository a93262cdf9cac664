import { defineArrayMember, defineField } from 'sanity'

type SourceEntry = { _key?: unknown; title?: unknown }

/**
 * A citation must name a source of the document it is in. The message lists the sources with
 * their keys, since the Studio shows an entry's key nowhere else.
 */
export function citationSourceProblem(
  sourceKey: unknown,
  document: Record<string, unknown> | undefined,
): true | string {
  if (typeof sourceKey !== 'string' || !sourceKey.trim()) return 'Enter the key of the source this text cites.'
  const sources = Array.isArray(document?.sources) ? (document.sources as SourceEntry[]) : null
  if (!sources) return 'Only an article can cite: this document has no Sources list.'
  if (sources.some((source) => source._key === sourceKey.trim())) return true
  const known = sources.map(
    (source, index) =>
      `${index + 1}. ${typeof source.title === 'string' ? source.title : '(untitled)'}: ${source._key}`,
  )
  return known.length > 0
    ? `No source of this article has the key "${sourceKey}". Its sources and their keys: ${known.join('; ')}.`
    : `This article has no sources yet: add the source under Sources, then enter its key here.`
}

// An inline citation: the words it marks rest on an entry of the article's Sources list. The page
// numbers it by that entry's position and links both ways; the claims check counts it as a source
// for its sentence.
export const citationAnnotation = defineArrayMember({
  name: 'citation',
  title: 'Citation (a source of this article)',
  type: 'object',
  fields: [
    defineField({
      name: 'sourceKey',
      title: 'Source key',
      description:
        "The key of the entry in this article's Sources list that supports these words (shown under each source's title). The page shows it as a numbered link to that source.",
      type: 'string',
      validation: (rule) => rule.custom((value, context) => citationSourceProblem(value, context.document)),
    }),
  ],
})
