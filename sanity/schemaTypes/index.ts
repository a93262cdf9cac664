import type { SchemaTypeDefinition } from 'sanity'
import { article } from './documents/article'
import { faq } from './documents/faq'
import { person } from './documents/person'
import { redirect } from './documents/redirect'
import { siteSettings } from './documents/siteSettings'
import { takeaway } from './documents/takeaway'
import { topic } from './documents/topic'
import { blockContent } from './objects/blockContent'
import { captionLink } from './objects/captionLink'
import { claimAcknowledgement } from './objects/claimAcknowledgement'
import { dataTable } from './objects/dataTable'
import { definitionItem, definitionList } from './objects/definitionList'
import { embed } from './objects/embed'
import { gallery } from './objects/gallery'
import { crisisResource } from './objects/crisisResource'
import { postalAddress } from './objects/postalAddress'
import { section } from './objects/section'
import { seo } from './objects/seo'
import { source } from './objects/source'

export const schemaTypes: SchemaTypeDefinition[] = [
  article,
  takeaway,
  faq,
  person,
  topic,
  siteSettings,
  redirect,
  blockContent,
  captionLink,
  gallery,
  dataTable,
  definitionItem,
  definitionList,
  embed,
  section,
  source,
  seo,
  claimAcknowledgement,
  crisisResource,
  postalAddress,
]
