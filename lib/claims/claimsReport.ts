import { isAcknowledged } from './acknowledgements'
import type { ClaimRule } from './claimRules'
import type { ArticleForClaims, ClaimHit, ClaimLocation } from './claimTypes'
import { findClaimsInArticle } from './findClaims'

// The whole-site view of the check: `npm run check:claims` prints it, `--json` prints it as is.

/** An article as the report reads it: resolved takeaways and FAQs, plus its id and slug. */
export type ArticleToCheck = ArticleForClaims & { _id: string; slug: string }

export type ReportedHit = ClaimHit & { acknowledged: boolean }

export type ClaimsReport = {
  /** Where the articles came from: "embedded" or "sanity:<projectId>/<dataset>". */
  source: string
  /** Only the articles with at least one hit, by slug. */
  articles: { id: string; slug: string; hits: ReportedHit[] }[]
  summary: {
    articles: number
    articlesWithHits: number
    hits: number
    open: number
    acknowledged: number
    byCategory: Record<string, number>
  }
}

export function claimsReport(
  articles: readonly ArticleToCheck[],
  source: string,
  rules?: readonly ClaimRule[],
): ClaimsReport {
  const checked = [...articles]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((article) => ({
      id: article._id,
      slug: article.slug,
      hits: findClaimsInArticle(article, rules).map((hit): ReportedHit => ({
        ...hit,
        acknowledged: isAcknowledged(hit, article.claimAcknowledgements),
      })),
    }))
    .filter((article) => article.hits.length > 0)
  const hits = checked.flatMap((article) => article.hits)
  const byCategory: Record<string, number> = {}
  for (const hit of hits) byCategory[hit.category] = (byCategory[hit.category] ?? 0) + 1
  const acknowledged = hits.filter((hit) => hit.acknowledged).length
  return {
    source,
    articles: checked,
    summary: {
      articles: articles.length,
      articlesWithHits: checked.length,
      hits: hits.length,
      open: hits.length - acknowledged,
      acknowledged,
      byCategory,
    },
  }
}

/** A location as one readable token: the field, the block, the character offset. */
export function formatClaimLocation(location: ClaimLocation): string {
  const block =
    location.blockKey !== undefined
      ? `[_key==${JSON.stringify(location.blockKey)}]`
      : location.block !== undefined
        ? `[${location.block}]`
        : ''
  return `${location.field}${block}@${location.offset}`
}

/** One line per hit, then the counts: what `npm run check:claims` prints. */
export function formatClaimsReport(report: ClaimsReport): string {
  const lines: string[] = []
  for (const article of report.articles)
    for (const hit of article.hits) {
      const notes = [hit.negated ? 'negated: check the sentence' : '', hit.acknowledged ? 'acknowledged' : '']
        .filter(Boolean)
        .map((note) => ` [${note}]`)
        .join('')
      lines.push(
        `${article.slug}  ${formatClaimLocation(hit.location)}  "${hit.quote}"  ${hit.title}${notes} → ${hit.suggestion}`,
      )
    }
  const { summary } = report
  const categories = Object.entries(summary.byCategory)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, count]) => `${category} ${count}`)
    .join(', ')
  if (lines.length > 0) lines.push('')
  lines.push(
    `${summary.hits} ${summary.hits === 1 ? 'claim' : 'claims'} to review in ${summary.articlesWithHits} of ${summary.articles} articles (${report.source}): ${summary.open} open, ${summary.acknowledged} acknowledged${categories ? `; ${categories}` : ''}`,
  )
  return lines.join('\n')
}
