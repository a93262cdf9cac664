import { defineArrayMember, defineField } from 'sanity'

interface TopicsFieldOptions {
  description?: string
  group?: string
  /** Whether at least one topic is needed (an article must be findable from a topic page). */
  required?: boolean
}

/** The topics a document is listed under: each at most once, whichever type holds them. */
export function topicsField({ description, group, required = false }: TopicsFieldOptions = {}) {
  return defineField({
    name: 'topics',
    title: 'Topics',
    description,
    type: 'array',
    of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
    group,
    validation: (rule) => (required ? rule.required().min(1).unique() : rule.unique()),
  })
}
