import type { Person } from '../../sanity/queries/person'
import { servedImage } from '../servedImage'
import { imageObject } from './imageObject'
import { personNode, type PersonNode } from './person'

const PHOTO_WIDTH = 400

/** The person a profile page is about, with what the page says of them. */
export function profilePersonNode(person: Person): PersonNode {
  const photo = person.photo ? servedImage(person.photo, PHOTO_WIDTH, person.name) : null
  // Profiles elsewhere (a practice page, LinkedIn, a registry); mailto: and tel: links are not.
  const sameAs = person.links.filter((link) => /^https?:\/\//.test(link) && URL.canParse(link))
  return {
    ...personNode(person),
    ...(person.bio ? { description: person.bio } : {}),
    ...(photo ? { image: imageObject(photo) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  }
}
