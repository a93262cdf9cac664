/**
 * npm run test:security: the built site, attacked. Builds the site in Sanity mode against the
 * local Content Lake (tests/support/contentLakeServer.ts) holding the bundled content plus the
 * hostile fixtures (tests/fixtures/hostile), with canary values for every server secret, then:
 *
 *  1. secrets: no canary in .next-security/static, the build log, any page, RSC payload, feed,
 *     sitemap, error or API response, including pages seen in draft mode;
 *  2. hostile content: every page crawled is inert HTML (no injected script, handler or unsafe
 *     link) and opens in Chromium without a dialog, a console error or an overflowing word;
 *  3. security headers on every response, from the production server;
 *  4. cache growth: visitor-chosen values (searches, unknown slugs and addresses, pages) add nothing
 *     to the cache, and none but searches reaches the Content Lake;
 *  5. publishing: a webhook regenerates the changed article's pages only; draft previews;
 *  6. the Content Lake failing under the running site, then failing during a build.
 *
 * Flags: --keep leaves the build folder. SECURITY_PORT pins the port (default: a free one).
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { hostileDocuments, hostileDrafts } from '../../support/hostileDataset'
import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'
import { probe } from './abuse'
import { cacheGrowthProblems } from './cacheGrowth'
import { browserProblems } from './browser'
import { leakedIn, leaksInDirectory, makeCanaries, type Canaries } from './canaries'
import { crawl, type Fetched } from './crawl'
import { scriptPolicyProblems } from './scriptPolicy'
import { outageProblems } from './outage'
import { publishingProblems } from './publishing'
import { markupProblems, responseProblems } from './responses'
import { unavailableHtmlProblems } from './unavailableHtml'
import { portFor } from '@/tooling/freePort'
import { buildSite, startSite, type Site } from '@/tooling/nextSite'
import { EXAMPLE_ARTICLE_PATH } from '@/tooling/exampleArticle'

const DIST_DIR = '.next-security'
const PREVIEW_SECRET = 'preview-secret-shared-by-the-studio'
const HOSTILE_PAGES = [
  '/blog/hostile-markup',
  '/blog/hostile-links',
  '/blog/hostile-text',
  '/blog/hostile-dangling',
  '/blog/hostile-cycle-a',
  '/blog/hostile-faq-wrong-types',
  '/topics/hostile-topic',
  '/authors/hostile-person',
]
const START = [
  '/',
  '/sitemap.xml',
  '/feed.xml',
  '/feed.atom',
  '/robots.txt',
  '/studio',
  '/faq',
  '/search?q=ketamine',
  ...HOSTILE_PAGES,
]

type Check = { name: string; run: () => Promise<string[]> }

async function runChecks(checks: Check[]): Promise<number> {
  let failed = 0
  for (const check of checks) {
    const started = Date.now()
    let problems: string[]
    try {
      problems = await check.run()
    } catch (error) {
      problems = [error instanceof Error ? (error.stack ?? error.message) : String(error)]
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (problems.length === 0) console.log(`ok   ${check.name} (${seconds} s)`)
    else {
      failed += 1
      console.log(`FAIL ${check.name} (${seconds} s)\n${problems.map((problem) => `     - ${problem}`).join('\n')}`)
    }
  }
  return failed
}

function siteEnv(lake: ContentLakeServer, canaries: Canaries): Record<string, string> {
  return {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'securitytest',
    NEXT_PUBLIC_SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    ...canaries,
  }
}

async function main(): Promise<number> {
  const canaries = makeCanaries()
  // The site's read token is the one the Content Lake accepts for drafts.
  const lake = await startContentLakeServer({ token: canaries.SANITY_API_READ_TOKEN })
  lake.seed([
    ...hostileDocuments(),
    ...hostileDrafts(),
    {
      _id: 'sanity-preview-url-secret.share-access',
      _type: 'sanity.previewUrlShareAccess',
      secret: PREVIEW_SECRET,
      studioUrl: '/studio',
    },
  ])
  const env = siteEnv(lake, canaries)
  let site: Site | undefined
  let crawled: Fetched[] = []
  let buildLog = ''

  try {
    console.log(`Building the site in Sanity mode into ${DIST_DIR}/ (canary secrets, hostile content)…`)
    const build = await buildSite({ distDir: DIST_DIR, env })
    buildLog = build.output
    if (build.code !== 0) throw new Error(`the build failed:\n${build.output}`)
    site = await startSite({ distDir: DIST_DIR, port: await portFor(process.env.SECURITY_PORT), env })
    const running = site
    console.log(`Serving at ${running.origin}`)

    return await runChecks([
      {
        name: 'crawl: every page, its RSC payload, sitemap, feeds: no 5xx, no secret, no stack trace, security headers',
        run: async () => {
          crawled = await crawl(running.origin, START)
          const payloads = crawled.filter((response) => response.kind === 'rsc').length
          console.log(`     crawled ${crawled.length - payloads} documents and ${payloads} RSC payloads`)
          const problems = responseProblems(crawled, canaries)
          if (payloads < 20) problems.push(`only ${payloads} pages crawled`)
          return problems
        },
      },
      {
        name: 'hostile content: every HTML page inert (no injected script, handler, comment or unsafe link)',
        run: async () => markupProblems(crawled),
      },
      {
        name: 'error and abuse responses: right status, no secret, no stack trace, security headers',
        run: async () => {
          const { responses, problems } = await probe(running.origin)
          return [...problems, ...responseProblems(responses, canaries)]
        },
      },
      {
        name: 'draft mode: pages with drafts and the token in use still expose no secret',
        run: async () => {
          const enable = await fetch(
            `${running.origin}/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=/`,
            { redirect: 'manual' },
          )
          const cookie = enable.headers
            .getSetCookie()
            .map((value) => value.split(';')[0])
            .join('; ')
          if (enable.status !== 307 || !cookie.includes('__prerender_bypass'))
            return [`draft mode was not enabled: ${enable.status}`]
          const responses = await crawl(running.origin, ['/', ...HOSTILE_PAGES.slice(0, 3), EXAMPLE_ARTICLE_PATH], {
            cookie,
            limit: 8,
          })
          return responseProblems(responses, canaries, { draftMode: true })
        },
      },
      {
        name: "script policy in Chromium: reading pages and a draft preview with zero CSP violations, the Studio's bundle too with Sanity unreachable",
        run: () =>
          scriptPolicyProblems(running.origin, {
            articlePath: EXAMPLE_ARTICLE_PATH,
            readingPaths: ['/', '/blog', '/blog?page=2', '/topics', '/faq', '/authors', '/editorial-policy'],
            enableDraftMode: `/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=${EXAMPLE_ARTICLE_PATH}`,
          }),
      },
      {
        name: 'secrets: none in the static files or the build log',
        run: async () => [
          ...leaksInDirectory(path.join(DIST_DIR, 'static'), canaries),
          ...leakedIn(buildLog, canaries).map((name) => `the build log contains ${name}`),
        ],
      },
      {
        name: 'hostile content in Chromium: no dialog, no console error, no overflow',
        run: () =>
          browserProblems(running.origin, [
            '/',
            ...HOSTILE_PAGES,
            '/faq',
            '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
            EXAMPLE_ARTICLE_PATH,
          ]),
      },
      {
        name: 'cache growth: a thousand visitor-chosen values add nothing to the cache; only searches reach the Content Lake',
        run: () => cacheGrowthProblems(running, lake, DIST_DIR),
      },
      {
        name: 'publishing: a webhook regenerates the article and its lists only; draft mode shows the draft, readers the published page',
        run: () =>
          publishingProblems(running, lake, {
            webhookSecret: canaries.SANITY_REVALIDATE_SECRET,
            previewSecret: PREVIEW_SECRET,
          }),
      },
      {
        name: 'Content Lake down under the running site: last good pages served, unknown pages say "temporarily unavailable"',
        run: () => outageProblems(running, lake, canaries.SANITY_REVALIDATE_SECRET),
      },
      {
        name: 'Content Lake down: a search says "temporarily unavailable" in its HTML, readable without JavaScript',
        run: () => unavailableHtmlProblems(running, lake),
      },
      {
        name: 'server log: no secret printed while serving',
        run: async () => leakedIn(running.output(), canaries).map((name) => `the server log contains ${name}`),
      },
      {
        name: 'Content Lake down during a build: the build fails naming the query and the failure',
        run: async () => {
          await running.stop()
          lake.clearFailures()
          lake.inject({ kind: 'status', status: 500 }, { endpoint: 'query', times: 1_000_000 })
          // As on a fresh clone: no fetch results cached by the first build to fall back on.
          rmSync(path.join(process.cwd(), DIST_DIR, 'cache/fetch-cache'), { recursive: true, force: true })
          // Only the generation of pages queries content, so the compiled build is reused
          // (Next's generate mode) rather than compiling everything again.
          const failing = await buildSite({ distDir: DIST_DIR, env, args: ['--experimental-build-mode=generate'] })
          const problems: string[] = []
          if (failing.code === 0) problems.push('the build succeeded with every query failing')
          const named = /Content Lake query failed \[[^\]]*\]: \*\[.*HTTP 500/.exec(failing.output)
          if (!named)
            problems.push(
              `the build output does not name the failed query and its failure:\n${failing.output.slice(-3000)}`,
            )
          problems.push(...leakedIn(failing.output, canaries).map((name) => `the failed build's log contains ${name}`))
          return problems
        },
      },
    ])
  } finally {
    await site?.stop()
    await lake.close()
    if (!process.argv.includes('--keep')) rmSync(path.join(process.cwd(), DIST_DIR), { recursive: true, force: true })
  }
}

main().then(
  (failed) => {
    console.log(failed === 0 ? 'security: all checks passed' : `security: ${failed} check(s) failed`)
    process.exitCode = failed === 0 ? 0 : 1
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
