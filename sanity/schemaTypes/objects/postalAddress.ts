import { defineField, defineType } from 'sanity'

// The clinic's address, in schema.org PostalAddress parts so search engines can read it.
export const postalAddress = defineType({
  name: 'postalAddress',
  title: 'Address',
  type: 'object',
  fields: [
    defineField({ name: 'streetAddress', title: 'Street', type: 'string' }),
    defineField({ name: 'addressLocality', title: 'City', type: 'string' }),
    defineField({ name: 'addressRegion', title: 'State or region', type: 'string' }),
    defineField({ name: 'postalCode', title: 'Postal code', type: 'string' }),
    defineField({ name: 'addressCountry', title: 'Country', description: 'Two-letter code, e.g. US.', type: 'string' }),
  ],
})
