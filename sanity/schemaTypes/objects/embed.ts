// A video, audio or page from another site, shown as a link card: the site never loads the other site's player.
import { PlayIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { WEB_LINK_SCHEMES } from '../validation'

export const EMBED_KINDS = ['video', 'audio', 'iframe', 'link'] as const

export const embed = defineType({
  name: 'embed',
  title: 'Embedded media (link card)',
  type: 'object',
  icon: PlayIcon,
  description: 'Readers see a card linking to the media; no player or script from the other site is loaded.',
  fields: [
    defineField({
      name: 'url',
      title: 'Address',
      description: 'The web address of the video, audio or page (https://…).',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: WEB_LINK_SCHEMES, allowRelative: false }),
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {
        list: [
          { title: 'Video', value: 'video' },
          { title: 'Audio', value: 'audio' },
          { title: 'Embedded page', value: 'iframe' },
          { title: 'Link', value: 'link' },
        ],
        layout: 'radio',
      },
      initialValue: 'link',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'provider',
      title: 'Provider',
      description: 'Where it is hosted, e.g. "YouTube" or "Vimeo". Shown on the card.',
      type: 'string',
    }),
    defineField({
      name: 'title',
      title: 'Title',
      description: 'What readers will find there. Without one the card shows the address.',
      type: 'string',
    }),
  ],
  preview: {
    select: { title: 'title', url: 'url', provider: 'provider' },
    prepare: ({ title, url, provider }) => ({ title: title || url || 'Embedded media', subtitle: provider }),
  },
})
