import type { Person } from 'schema-dts'
import type { PersonRef } from '../../sanity/schemas/common'
import { absoluteUrl } from '../../navigation/siteUrl'
import { paths } from '../../navigation/paths'
import { ids } from './ids'

export type PersonNode = Exclude<Person, string> & { '@id': string }

/** An author or medical reviewer, linked to their page on the site. */
export function personNode(person: PersonRef): PersonNode {
  return {
    '@type': 'Person',
    '@id': ids.person(person.slug),
    name: person.name,
    url: absoluteUrl(paths.author(person.slug)),
    ...(person.credentials ? { honorificSuffix: person.credentials } : {}),
    ...(person.role ? { jobTitle: person.role } : {}),
  }
}
