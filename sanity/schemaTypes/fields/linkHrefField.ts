import { defineField } from 'sanity'
import { ALLOWED_LINK_SCHEMES } from '../validation'

/** Where a link an editor writes leads: rich-text links and caption links accept the same addresses. */
export const linkHrefField = defineField({
  name: 'href',
  title: 'Address',
  description: 'A web address (https://…), an email (mailto:…) or a phone number (tel:…).',
  type: 'url',
  validation: (rule) => rule.required().uri({ scheme: ALLOWED_LINK_SCHEMES, allowRelative: false }),
})
