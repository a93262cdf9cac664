type PersonFields = { name: string } & Record<string, unknown>

const defaultsFor = (slug: string) => ({
  _id: `person-${slug}`,
  _type: 'person',
  slug: { _type: 'slug', current: slug },
})

/**
 * A person (an author or reviewer) that exists only in the test that lays it over the bundled
 * content, which invents no clinicians; `fields` adds credentials, role, photo and the rest.
 */
export function testOnlyPerson<Fields extends PersonFields>(
  slug: string,
  fields: Fields,
): Omit<ReturnType<typeof defaultsFor>, keyof Fields> & Fields {
  return { ...defaultsFor(slug), ...fields }
}
