import { parseArgs } from 'node:util'
import { z } from 'zod'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages'

export const USAGE = `Usage: npm run import -- <files or folders...> [--out dataset.ndjson] [--dry-run] [--to-sanity]
         [--include-drafts] [--include-pages] [--site-url URL] [--report report.json]
         [--uploads DIR] [--download-images] [--allow-private-hosts] [--resume] [--language ${LANGUAGES.join('|')}]

Reads plain-text posts (.txt), single-post HTML (.html) and WordPress WXR exports (.xml).
  --out FILE         write the documents as NDJSON (the format of \`sanity dataset export\`), images beside it in images/
  --dry-run          import and report, write nothing
  --to-sanity        write to the Sanity dataset named by NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET
                     and SANITY_API_WRITE_TOKEN (createOrReplace transactions, so re-running updates in place)
  --include-drafts   import draft, pending and scheduled posts as drafts (otherwise they are skipped and counted)
  --include-pages    import WordPress pages as articles (otherwise they are skipped and counted)
  --site-url URL     the new site's address, for links to topic and author pages (default: NEXT_PUBLIC_SITE_URL)
  --report FILE      write the migration report as JSON to FILE and as text beside it (FILE with .txt)
  --uploads DIR      a copy of the old site's wp-content/uploads: its images are read from there (images are
                     only ever read from a post's own folder and DIR)
  --download-images  with --to-sanity, download remote images (timeout, 20 MB cap, image type checked) and upload them
  --allow-private-hosts
                     with --download-images, also download from loopback and private network addresses
                     (refused by default: a post's image address must not reach the machine or its network)
  --resume           with --to-sanity, skip what an interrupted run already wrote (its checkpoint); re-running is safe without it
  --language CODE    the language of posts that do not say theirs (a sidecar's "language", Polylang or WPML data
                     in a WXR): ${LANGUAGES.join(' or ')}; default ${DEFAULT_LANGUAGE}`

export interface CliOptions {
  paths: string[]
  out: string | undefined
  dryRun: boolean
  toSanity: boolean
  includeDrafts: boolean
  includePages: boolean
  siteUrl: string | undefined
  report: string | undefined
  uploads: string | undefined
  downloadImages: boolean
  allowPrivateHosts: boolean
  resume: boolean
  language: Language
}

const languageSchema = z.enum(LANGUAGES, {
  error: (issue) => `--language "${String(issue.input)}" is not a language of the blog; use ${LANGUAGES.join(' or ')}`,
})

const siteUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute http(s) URL such as https://blog.example-clinic.com',
})

/** Parses the command line; a usage problem is returned as a message, never thrown mid-run. */
export function parseCliOptions(
  argv: string[],
  env: Record<string, string | undefined> = {},
): CliOptions | { problem: string } {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'to-sanity': { type: 'boolean', default: false },
        'include-drafts': { type: 'boolean', default: false },
        'include-pages': { type: 'boolean', default: false },
        'site-url': { type: 'string' },
        report: { type: 'string' },
        uploads: { type: 'string' },
        'download-images': { type: 'boolean', default: false },
        'allow-private-hosts': { type: 'boolean', default: false },
        resume: { type: 'boolean', default: false },
        language: { type: 'string', default: DEFAULT_LANGUAGE },
      },
    })
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
  const { values, positionals } = parsed
  if (positionals.length === 0) return { problem: 'no files or folders to import' }
  if (!values.out && !values['dry-run'] && !values['to-sanity'])
    return { problem: 'say where the documents go: --out FILE, --to-sanity, or --dry-run' }
  if (values['allow-private-hosts'] && !values['download-images'])
    return { problem: '--allow-private-hosts applies to --download-images' }
  if (values.resume && !values['to-sanity'])
    return { problem: '--resume applies to --to-sanity (an --out file is always written whole)' }
  const language = languageSchema.safeParse(values.language)
  if (!language.success) return { problem: language.error.issues[0]?.message ?? '--language is not a language' }
  const rawSiteUrl = values['site-url'] ?? env.NEXT_PUBLIC_SITE_URL
  let siteUrl: string | undefined
  if (rawSiteUrl) {
    const checked = siteUrlSchema.safeParse(rawSiteUrl)
    if (!checked.success)
      return {
        problem: `${values['site-url'] ? '--site-url' : 'NEXT_PUBLIC_SITE_URL'} ${checked.error.issues[0]?.message ?? 'is not a URL'}`,
      }
    siteUrl = checked.data.replace(/\/+$/, '')
  }
  return {
    paths: positionals,
    out: values.out,
    dryRun: values['dry-run'],
    toSanity: values['to-sanity'],
    includeDrafts: values['include-drafts'],
    includePages: values['include-pages'],
    siteUrl,
    report: values.report,
    uploads: values.uploads,
    downloadImages: values['download-images'],
    allowPrivateHosts: values['allow-private-hosts'],
    resume: values.resume,
    language: language.data,
  }
}
