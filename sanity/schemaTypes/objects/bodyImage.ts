// An image inside rich text (alone or in a gallery): alt text, caption, the links its caption held and the link around it.
import { defineArrayMember, defineField } from 'sanity'
import { WEB_LINK_SCHEMES } from '../validation'
import { altTextField, captionField } from '../fields/imageFields'

type CaptionLinkValue = { text?: string }

/** A caption link whose text is not in the caption has nothing to link: the site ignores it. */
function checkInCaption(text: string | undefined, caption: string | undefined): true | string {
  if (!text) return true
  return caption?.includes(text) ? true : `"${text}" does not appear in the caption, so it will not be linked.`
}

export const captionLinksField = defineField({
  name: 'captionLinks',
  title: 'Links in the caption',
  description: 'Words of the caption to show as links: the first place the text appears in the caption is linked.',
  type: 'array',
  of: [defineArrayMember({ type: 'captionLink' })],
  validation: (rule) =>
    rule
      .custom((links, context) => {
        const caption = (context.parent as { caption?: string } | undefined)?.caption
        for (const link of (links ?? []) as CaptionLinkValue[]) {
          const found = checkInCaption(link.text, caption)
          if (found !== true) return found
        }
        return true
      })
      .warning(),
})

export const imageLinkField = defineField({
  name: 'link',
  title: 'Link',
  description: 'Optional web address (https://…) the image leads to when clicked.',
  type: 'url',
  validation: (rule) => rule.uri({ scheme: WEB_LINK_SCHEMES, allowRelative: false }),
})

export const bodyImage = defineArrayMember({
  type: 'image',
  options: { hotspot: true },
  fields: [altTextField, captionField, captionLinksField, imageLinkField],
})
