import type { FAQPage } from 'schema-dts'
import { plainText } from '../../content/portableTextPlainText'
import type { PortableTextValue } from '../../sanity/schemas/common'
import { ids } from './ids'
import type { Language } from '../../i18n/languages'

export type FaqEntry = { question: string; answer: PortableTextValue }

/**
 * The questions and answers the page shows. Google stopped showing FAQ rich results, but the
 * markup stays valid schema.org that other search engines and assistants read.
 */
export function faqNode(pageUrl: string, name: string, faqs: FaqEntry[], language: Language): FAQPage | null {
  const answered = faqs
    .map((faq) => ({ question: faq.question.trim(), answer: plainText(faq.answer).trim() }))
    .filter((faq) => faq.question && faq.answer)
  if (answered.length === 0) return null
  return {
    '@type': 'FAQPage',
    '@id': ids.faq(pageUrl),
    url: pageUrl,
    name,
    isPartOf: { '@id': ids.website },
    inLanguage: language,
    mainEntity: answered.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  }
}
