import type { ValidationContext } from 'sanity'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../../lib/content/reviewStatus'

/**
 * A topic's interval is there to ask for more frequent reviews: one longer than the site's is
 * ignored wherever a shorter topic or the site applies, so it is flagged rather than trusted.
 */
export async function checkTopicIntervalNotLonger(months: unknown, context: ValidationContext): Promise<true | string> {
  if (typeof months !== 'number') return true
  const client = context.getClient({ apiVersion: '2025-09-01' })
  const site = await client.fetch<number | null>('*[_id == "siteSettings"][0].reviewIntervalMonths')
  const siteMonths = typeof site === 'number' ? site : DEFAULT_REVIEW_INTERVAL_MONTHS
  return months <= siteMonths
    ? true
    : `Longer than the site's review interval (${siteMonths} months): a topic may only ask for more frequent reviews.`
}
