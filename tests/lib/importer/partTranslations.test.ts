import { partTranslations, translationMetadata, type ArticleParts } from '@/lib/importer/translations'

const group = translationMetadata('article', [
  { language: 'en', id: 'article-a', slug: 'a' },
  { language: 'es', id: 'es-article-b', slug: 'b' },
])!

const linked = (documents: ReturnType<typeof partTranslations>) =>
  documents.map((document) => [document._id, document.translations.map((translation) => translation.value._ref)])

describe('partTranslations', () => {
  it("links the n-th takeaway and FAQ of a translation to its original's", () => {
    const parts = new Map<string, ArticleParts>([
      ['article-a', { takeaways: ['t-a-1', null, 't-a-3'], faqs: ['f-a-1', 'f-a-2'] }],
      ['es-article-b', { takeaways: ['t-b-1', 't-b-2', 't-b-3'], faqs: ['f-b-1', 'f-b-2'] }],
    ])
    expect(linked(partTranslations([group], parts))).toEqual([
      ['translation-metadata-takeaway-t-a-1', ['t-a-1', 't-b-1']],
      // The original's second section has no takeaway: nothing to link it to.
      ['translation-metadata-takeaway-t-a-3', ['t-a-3', 't-b-3']],
      ['translation-metadata-faq-f-a-1', ['f-a-1', 'f-b-1']],
      ['translation-metadata-faq-f-a-2', ['f-a-2', 'f-b-2']],
    ])
  })

  it('links nothing by position when the translation has another number of sections or FAQs', () => {
    const parts = new Map<string, ArticleParts>([
      ['article-a', { takeaways: ['t-a-1', 't-a-2'], faqs: ['f-a-1'] }],
      ['es-article-b', { takeaways: ['t-b-1'], faqs: ['f-b-1', 'f-b-2'] }],
    ])
    expect(partTranslations([group], parts)).toEqual([])
  })

  it('links nothing for an article whose translation was not imported', () => {
    const parts = new Map<string, ArticleParts>([['article-a', { takeaways: ['t-a-1'], faqs: [] }]])
    expect(partTranslations([group], parts)).toEqual([])
  })
})
