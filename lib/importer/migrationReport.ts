import type { ImportResult } from './runImport'

export interface ReportTotals {
  files: number
  posts: number
  imported: number
  drafts: number
  skipped: number
  failed: number
  words: { source: number; result: number; share: number | null }
  links: { rewritten: number; kept: number; dropped: number }
  images: number
  comments: number
  redirects: number
  warnings: number
  errors: number
  /** Risky health claims in the imported posts (lib/claims): all hits, and the posts with any. */
  claims: { hits: number; posts: number }
}

/** `--report FILE`: what happened to every post, in a shape that is the same bytes for the same input. */
export interface MigrationReport {
  totals: ReportTotals
  files: ImportResult['files']
  errors: string[]
}

// One decimal place: enough to see a lost paragraph, stable across runs.
const share = (result: number, source: number) =>
  source > 0 ? Math.round((Math.min(result, source) / source) * 1000) / 10 : null

export function migrationReport(result: ImportResult): MigrationReport {
  const posts = result.files.flatMap((file) => file.posts)
  const arrived = posts.filter((post) => post.outcome === 'imported' || post.outcome === 'draft')
  const source = arrived.reduce((sum, post) => sum + (post.words?.source ?? 0), 0)
  const words = arrived.reduce((sum, post) => sum + (post.words?.result ?? 0), 0)
  const links = { rewritten: 0, kept: 0, dropped: 0 }
  for (const post of posts) {
    links.rewritten += post.links?.rewritten ?? 0
    links.kept += post.links?.kept ?? 0
    links.dropped += post.links?.dropped ?? 0
  }
  return {
    totals: {
      files: result.files.length,
      posts: posts.length,
      imported: posts.filter((post) => post.outcome === 'imported').length,
      drafts: posts.filter((post) => post.outcome === 'draft').length,
      skipped: posts.filter((post) => post.outcome === 'skipped').length,
      failed: posts.filter((post) => post.outcome === 'failed').length,
      words: { source, result: words, share: share(words, source) },
      links,
      images: result.summary.images,
      comments: result.summary.comments,
      redirects: result.summary.redirects,
      warnings: result.summary.warnings,
      errors: result.summary.errors,
      claims: {
        hits: posts.reduce((sum, post) => sum + (post.claims?.length ?? 0), 0),
        posts: posts.filter((post) => (post.claims?.length ?? 0) > 0).length,
      },
    },
    files: result.files,
    errors: result.errors.map((error) => error.message),
  }
}

const OUTCOME_LABEL = { imported: 'imported', draft: 'draft   ', skipped: 'skipped ', failed: 'failed  ' } as const

/** The report for people: totals, then one line per post (only the ones that need a look unless `all`). */
export function formatMigrationReport(report: MigrationReport, options: { all: boolean }): string {
  const { totals } = report
  const lines = [
    `Migration report: ${totals.posts} ${totals.posts === 1 ? 'post' : 'posts'} in ${totals.files} ${totals.files === 1 ? 'file' : 'files'}`,
    `  imported ${totals.imported}, as drafts ${totals.drafts}, skipped ${totals.skipped}, failed ${totals.failed}`,
    `  words: ${totals.words.result} of ${totals.words.source} source words arrived${totals.words.share === null ? '' : ` (${totals.words.share}%)`}`,
    `  links: ${totals.links.rewritten} rewritten, ${totals.links.kept} kept, ${totals.links.dropped} dropped`,
    `  images ${totals.images}, redirects ${totals.redirects}, comments not imported ${totals.comments}, warnings ${totals.warnings}, errors ${totals.errors}`,
    `  claims for the medical reviewer: ${totals.claims.hits} in ${totals.claims.posts} ${totals.claims.posts === 1 ? 'post' : 'posts'} (docs/claims.md)`,
  ]
  for (const file of report.files) {
    const posts = options.all
      ? file.posts
      : file.posts.filter((post) => post.outcome !== 'imported' || post.slugTakenBy)
    const other = Object.entries(file.otherItems).map(([type, count]) => `${count} ${type}`)
    if (posts.length === 0 && other.length === 0) continue
    lines.push('', `${file.file}:`)
    for (const post of posts) {
      const name = `item ${post.item}${post.slug ? ` /blog/${post.slug}` : ''} "${post.title}"`
      const words = post.words ? ` (words ${post.words.result}/${post.words.source})` : ''
      const why = [post.reason, post.slugTakenBy ? `slug already used by post ${post.slugTakenBy}` : undefined]
        .filter(Boolean)
        .join('; ')
      lines.push(`  ${OUTCOME_LABEL[post.outcome]} ${name}${words}${why ? `: ${why}` : ''}`)
    }
    if (other.length > 0) lines.push(`  not posts, not imported: ${other.join(', ')}`)
  }
  lines.push(...claimLines(report))
  return lines.join('\n')
}

// Every post with claims, whatever `all` says: each one needs a clinician before it is published.
function claimLines(report: MigrationReport): string[] {
  const lines: string[] = []
  for (const file of report.files)
    for (const post of file.posts) {
      const claims = post.claims ?? []
      if (claims.length === 0) continue
      const byRule = new Map<string, number>()
      for (const claim of claims) byRule.set(claim.ruleId, (byRule.get(claim.ruleId) ?? 0) + 1)
      const rules = [...byRule].map(([ruleId, count]) => `${ruleId} ${count}`).join(', ')
      lines.push(
        `  ${file.file} item ${post.item}${post.slug ? ` /blog/${post.slug}` : ''}: ${claims.length} (${rules})`,
      )
    }
  return lines.length > 0
    ? ['', 'Claims to review (each with its location in the --report JSON; docs/claims.md):', ...lines]
    : []
}
