import type { EditorialPolicy } from '../sanity/queries/editorialPolicy'
import { reviewIntervalMonths } from './reviewStatus'

export type PolicySection = {
  id: string
  heading: string
  paragraphs: string[]
  /** The settings hold no text for it: the page shows this default, marked as sample text. */
  sample: boolean
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const interval = (months: number) =>
  months === 12 ? 'once a year' : months === 1 ? 'every month' : `every ${months} months`

/** Sensible defaults that describe what this site does; a clinic replaces them with its own words. */
function samples(clinicName: string, months: number): Record<'writing' | 'reviewing' | 'corrections', string> {
  return {
    writing: [
      `Articles on this site are written by the ${clinicName} team to help patients understand conditions and treatments. Each article names its author, and every statement about a treatment's effect is backed by a source listed at the end of the article.`,
      'Before an article is published, a check flags wording that promises results (such as "cure", "guaranteed" or "immediate"), claims of complete safety, superlatives, unsourced references to studies, and testimonials presented as outcomes. A clinician reviews each flagged sentence before the article goes out.',
    ].join('\n\n'),
    reviewing: [
      'Each article is checked by a licensed clinician for medical accuracy. The reviewer is named near the top of the article, with their credentials and the date of the review.',
      `Reviews expire: every article is reviewed again at least ${interval(months)}, and sooner for some topics. When a review is due, the article stays available and shows a note that it is being reviewed. "Last updated" on an article means its text changed; "Last reviewed" means a clinician checked it.`,
    ].join('\n\n'),
    corrections: [
      'If you find an error, please contact us. We correct factual errors promptly, update the article\'s "Last updated" date, and have the correction reviewed by a clinician.',
      'Articles are general information and never a substitute for advice from your own doctor.',
    ].join('\n\n'),
  }
}

/**
 * The editorial-policy page's sections: how articles are written, reviewed and corrected. Each
 * comes from the site settings; one the settings leave empty shows the default, marked as sample.
 */
export function editorialPolicySections(policy: EditorialPolicy, clinicName: string): PolicySection[] {
  const defaults = samples(clinicName, reviewIntervalMonths([], policy.reviewIntervalMonths))
  const section = (id: keyof typeof defaults, heading: string): PolicySection => {
    const own = policy[id]
    return { id, heading, paragraphs: paragraphsOf(own ?? defaults[id]), sample: !own }
  }
  return [
    section('writing', 'How we write articles'),
    section('reviewing', 'How articles are medically reviewed'),
    section('corrections', 'How we correct mistakes'),
  ]
}
