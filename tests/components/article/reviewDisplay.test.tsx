import { render, screen, within } from '@testing-library/react'
import { formatDate } from '@/lib/content/formatDate'
import { documentsOfType, type Doc } from '../../support/bundledDocuments'
import { reference, textBlock } from '../../support/contentBlocks'
import { CALM_TOPIC } from '../../support/exampleContent'
import { bundledWith, resetDocuments, setDocuments } from '../../support/mockDataset'
import { pageOf } from '../../support/pageOutcome'
import { readingPage } from '../../support/readingPage'
import { testOnlyArticle } from '../../support/testOnlyArticle'
import { testOnlyPerson } from '../../support/testOnlyPerson'

// What the article page says about its medical review: who and when, "Last updated" apart from
// "Last reviewed", the editorial policy, and a neutral note once the review has run out.

jest.mock('../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const SLUG = 'review-display-test'
const reviewer = testOnlyPerson('rita-review', {
  name: 'Dr Rita Review',
  credentials: 'MD, PhD',
  role: 'Psychiatrist (test fixture)',
})
const settings = documentsOfType('siteSettings')[0] as Doc
const calmTopic = documentsOfType('topic').find((topic) => topic._id === CALM_TOPIC.id) as Doc

/** A calendar date `months` months before today (UTC). */
function monthsAgo(months: number): string {
  const date = new Date()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 10)
}

type Setup = { article?: Record<string, unknown>; topicMonths?: number; siteMonths?: number }

async function renderArticle({ article = {}, topicMonths, siteMonths }: Setup = {}) {
  setDocuments(
    bundledWith(
      reviewer,
      { ...calmTopic, ...(topicMonths ? { reviewIntervalMonths: topicMonths } : {}) },
      { ...settings, ...(siteMonths ? { reviewIntervalMonths: siteMonths } : {}) },
      testOnlyArticle(SLUG, {
        title: 'How reviews show',
        excerpt: 'A test article.',
        publishedAt: '2023-03-01T09:00:00Z',
        updatedAt: '2024-06-10T09:00:00Z',
        intro: [textBlock('i1', 'Some text.')],
        ...article,
      }),
    ),
  )
  return render(<main>{await pageOf(readingPage(`/blog/${SLUG}`))}</main>)
}

const reviewedOn = (reviewedAt: string) => ({ medicalReviewer: reference(reviewer._id), reviewedAt })
const jsonLd = (container: HTMLElement) =>
  JSON.parse(container.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
    '@graph': Record<string, unknown>[]
  }
const reviewNote = () => screen.queryByRole('note')

describe('a reviewed article', () => {
  it('names its reviewer with credentials and the date, linking to the reviewer, and has no note', async () => {
    const reviewedAt = monthsAgo(2)
    await renderArticle({ article: reviewedOn(reviewedAt) })
    const line = screen.getByText(/^Medically reviewed by/)
    expect(line).toHaveTextContent(`Medically reviewed by Dr Rita Review, MD, PhD on ${formatDate(reviewedAt)}`)
    expect(within(line).getByRole('link')).toHaveAttribute('href', '/authors/rita-review')
    expect(reviewNote()).toBeNull()
  })

  it('keeps "Last updated" (the text changed) apart from "Last reviewed" (a clinician checked it)', async () => {
    const reviewedAt = monthsAgo(2)
    await renderArticle({ article: reviewedOn(reviewedAt) })
    const dates = screen.getByText(/^Published/)
    expect(dates).toHaveTextContent(
      `Published March 1, 2023 · Last updated June 10, 2024 · Last reviewed ${formatDate(reviewedAt)} ·`,
    )
    expect(dates.querySelectorAll('time')).toHaveLength(3)
  })
})

describe('an unreviewed article', () => {
  it('claims no review and shows no note, but still links to the editorial policy', async () => {
    const { container } = await renderArticle()
    expect(container).not.toHaveTextContent(/Medically reviewed|Last reviewed|being reviewed/)
    expect(screen.getByText(/^Published/)).toHaveTextContent('Published March 1, 2023 · Last updated June 10, 2024 ·')
    expect(screen.getByRole('link', { name: 'Our editorial policy' })).toHaveAttribute('href', '/editorial-policy')
  })

  it('claims no review from a reviewer without a review date', async () => {
    const { container } = await renderArticle({ article: { medicalReviewer: reference(reviewer._id) } })
    expect(container).not.toHaveTextContent(/Medically reviewed|Last reviewed/)
  })
})

describe('an article whose review has run out', () => {
  it('after the default 12 months: stays up, shows a neutral note and keeps the real review date', async () => {
    const reviewedAt = monthsAgo(13)
    const { container } = await renderArticle({ article: reviewedOn(reviewedAt) })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How reviews show')
    expect(reviewNote()).toHaveTextContent('This article is being reviewed.')
    expect(screen.getByText(/^Medically reviewed by/)).toHaveTextContent(`on ${formatDate(reviewedAt)}`)
    const page = jsonLd(container)['@graph'].find((node) => node['@type'] === 'MedicalWebPage')
    expect(page?.lastReviewed).toBe(reviewedAt)
  })

  it("after a topic's shorter interval", async () => {
    await renderArticle({ article: reviewedOn(monthsAgo(4)), topicMonths: 3 })
    expect(reviewNote()).toHaveTextContent('This article is being reviewed.')
  })

  it("not before the site's longer interval", async () => {
    await renderArticle({ article: reviewedOn(monthsAgo(13)), siteMonths: 24 })
    expect(reviewNote()).toBeNull()
  })

  it('also while the reviewer has yet to confirm an edit made after the review', async () => {
    await renderArticle({ article: { ...reviewedOn(monthsAgo(1)), reviewNeedsConfirmation: true } })
    expect(reviewNote()).toHaveTextContent('This article is being reviewed.')
  })
})
