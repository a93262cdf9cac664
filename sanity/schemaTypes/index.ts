import type { SchemaTypeDefinition } from 'sanity'
import { article } from './documents/article'
import { faq } from './documents/faq'
import { person } from './documents/person'
import { redirect } from './documents/redirect'
import { siteSettings } from './documents/siteSettings'
import { takeaway } from './documents/takeaway'
import { topic } from './documents/topic'
import { blockContent } from './objects/blockContent'
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
  section,
  source,
  seo,
  crisisResource,
  postalAddress,
]
