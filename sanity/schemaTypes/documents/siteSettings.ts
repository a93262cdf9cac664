import { CogIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { altTextField } from '../fields/imageFields'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../../lib/content/reviewStatus'
import { languageField } from '../fields/languageField'
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../../lib/i18n/languages'

const PHONE = /^\+?[0-9 ()-]{3,20}$/

// The clinic's details, shown in the header, footer and structured data. One document only.
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    languageField,
    defineField({ name: 'clinicName', title: 'Clinic name', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'languages',
      title: 'Languages published',
      description:
        'Read from the English settings. Spanish pages (/es/…) exist only when Spanish is listed; the Spanish settings hold the Spanish disclaimer, crisis resources and editorial policy.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: LANGUAGES.map((id) => ({ value: id, title: LANGUAGE_NAMES[id] })) },
      initialValue: [DEFAULT_LANGUAGE],
    }),
    defineField({
      name: 'siteUrl',
      title: 'Site URL',
      description: 'The public address of the blog (https://…). The NEXT_PUBLIC_SITE_URL variable takes precedence.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
    defineField({ name: 'logo', title: 'Logo', type: 'image', fields: [altTextField] }),
    defineField({
      name: 'address',
      title: 'Address',
      description: 'Leave empty rather than guess.',
      type: 'postalAddress',
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      validation: (rule) => rule.regex(PHONE, { name: 'phone number' }),
    }),
    defineField({ name: 'email', title: 'Email', type: 'email' }),
    defineField({
      name: 'bookingUrl',
      title: 'Booking link',
      description: 'Where "Book a consultation" leads.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      description: 'One line per period, e.g. "Mo-Fr 09:00-17:00".',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'medicalDisclaimer',
      title: 'Medical disclaimer',
      description: 'Shown on every article: the content is not a substitute for professional medical advice.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'crisisResources',
      title: 'Crisis resources',
      description: 'Shown on articles about mental-health topics.',
      type: 'array',
      of: [defineArrayMember({ type: 'crisisResource' })],
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social links',
      type: 'array',
      of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri({ scheme: ['https'] }) })],
    }),
    defineField({ name: 'defaultOgImage', title: 'Default social image', type: 'image', fields: [altTextField] }),
    defineField({
      name: 'reviewIntervalMonths',
      title: 'Review interval (months)',
      description:
        'How long a medical review holds: after this many months an article is listed under "Review overdue" and readers see "This article is being reviewed". A topic may set a shorter interval.',
      type: 'number',
      initialValue: DEFAULT_REVIEW_INTERVAL_MONTHS,
      validation: (rule) => rule.integer().min(1).max(36),
    }),
    defineField({
      name: 'editorialPolicy',
      title: 'Editorial policy',
      description:
        'Shown at /editorial-policy, which every article links to. A part left empty shows a default text marked "Sample text". Separate paragraphs with a blank line.',
      type: 'object',
      options: { collapsible: true, collapsed: false },
      fields: [
        defineField({
          name: 'writing',
          title: 'How articles are written',
          description: 'Who writes them, what sources they rely on, how claims are checked before publishing.',
          type: 'text',
          rows: 6,
        }),
        defineField({
          name: 'reviewing',
          title: 'How articles are medically reviewed',
          description: 'Who reviews them, with which qualifications, and how often reviews are renewed.',
          type: 'text',
          rows: 6,
        }),
        defineField({
          name: 'corrections',
          title: 'How mistakes are corrected',
          description: 'How readers report an error and what the clinic does about it.',
          type: 'text',
          rows: 4,
        }),
      ],
    }),
    defineField({
      name: 'editorialPolicyUrl',
      title: 'Editorial policy link',
      description:
        'Only when the policy lives on another site: the footer links there, and structured data names it instead of /editorial-policy.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'], allowRelative: true }),
    }),
  ],
  preview: {
    select: { language: 'language' },
    prepare: ({ language }) => ({
      title: `Site settings (${LANGUAGE_NAMES[isLanguage(language) ? language : DEFAULT_LANGUAGE]})`,
    }),
  },
})
