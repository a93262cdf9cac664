import type { SanityDocument } from 'sanity'
import { errorsOf, validateWithStudioRules } from '../../support/studioValidation'

// People and topics have pages of their own: each needs the field it is named by and a URL-safe
// slug no other document of its type has, checked with Sanity's own validation as the Studio runs it.

type Doc = SanityDocument & Record<string, unknown>
const slug = (current: string) => ({ _type: 'slug', current })
const doc = (fields: Record<string, unknown>) => fields as Doc

const person = doc({ _id: 'person-a', _type: 'person', name: 'Dr. A', slug: slug('dr-a') })
const topic = doc({ _id: 'topic-a', _type: 'topic', title: 'Anxiety', slug: slug('anxiety') })
const others = [
  doc({ _id: 'person-b', _type: 'person', name: 'Dr. B', slug: slug('taken') }),
  doc({ _id: 'topic-b', _type: 'topic', title: 'Sleep', slug: slug('taken') }),
]

const errorsFor = async (document: Doc) =>
  errorsOf(await validateWithStudioRules(document, [...others, document], 'studio'))

describe.each([
  ['person', person, 'name'],
  ['topic', topic, 'title'],
])('a %s', (_type, valid, nameField) => {
  it('is valid with its name and slug', async () => {
    expect(await errorsFor(valid)).toEqual([])
  })

  it('requires the field it is named by, and a slug', async () => {
    expect(await errorsFor(doc({ ...valid, [nameField]: undefined, slug: undefined }))).toEqual([
      `${nameField}: Required`,
      'slug: Required',
      'slug.current: Required',
    ])
  })

  it('refuses a slug that is not URL-safe, or one another document of its type has', async () => {
    expect(await errorsFor(doc({ ...valid, slug: slug('Dr A!') }))).toEqual([
      'slug: Use lowercase letters, digits and single dashes only (for example "postpartum-depression").',
    ])
    expect(await errorsFor(doc({ ...valid, slug: slug('taken') }))).toEqual(['slug: Slug is already in use'])
  })
})
