import { readFile } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import { importWithReport } from '../../support/importWithReport'
import { useTempDir } from '../../support/tempDir'
import { wxr } from '../../support/wxrBuilder'

const quiet = { log: () => undefined, error: () => undefined }

describe('--report: the migration report', () => {
  const temp = useTempDir()
  const exportXml = () =>
    wxr({
      items: [
        {
          id: 1,
          slug: 'one',
          content:
            '<p>One two three four five.</p><p><a href="/?p=2">Six</a> <a href="mailto:a@b.example">seven</a> <a href="ftp://old.example/x">eight</a>.</p>',
        },
        {
          id: 2,
          slug: 'two',
          content: '<p>Alpha beta.</p><img src="https://old-clinic.example/wp-content/uploads/x.jpg" alt="X">',
        },
        { id: 3, slug: 'one', date: '2024-06-01 09:00:00' },
        { id: 4, status: 'draft' },
        { id: 5, status: 'publish', password: 'pw' },
        { id: 6, type: 'attachment', status: 'inherit', attachmentUrl: 'https://old-clinic.example/a.jpg' },
      ],
    })

  it('lists every post with its outcome, words, links and images, and totals the share of words that arrived', async () => {
    const { report, text, log } = await importWithReport(temp, exportXml())
    expect(
      report.files[0]?.posts.map((post) => [post.postId, post.outcome, post.slug ?? null, post.reason ?? null]),
    ).toEqual([
      ['1', 'imported', 'one', null],
      ['2', 'imported', 'two', null],
      ['3', 'imported', 'one-2', null],
      ['4', 'skipped', null, 'draft (import drafts with --include-drafts)'],
      ['5', 'draft', 'post-5', 'password-protected'],
    ])
    const first = report.files[0]?.posts[0]
    expect(first?.words).toEqual({ source: 10, result: 10 })
    expect(first?.links).toEqual({ rewritten: 1, kept: 1, dropped: 1 })
    expect(report.files[0]?.posts[1]?.images).toBe(1)
    expect(report.files[0]?.otherItems).toEqual({ attachment: 1 })
    expect(report.totals).toMatchObject({
      posts: 5,
      imported: 3,
      drafts: 1,
      skipped: 1,
      failed: 0,
      links: { rewritten: 1, kept: 1, dropped: 1 },
    })
    expect(report.totals.words.share).toBe(
      Math.round((report.totals.words.result / report.totals.words.source) * 1000) / 10,
    )
    expect(text).toContain('skipped  item 4 "Post 4": draft (import drafts with --include-drafts)')
    expect(text).toContain('imported item 3 /blog/one-2 "Post 3"')
    expect(log.join('\n')).toMatch(/words: \d+ of \d+ source words arrived \(\d+(\.\d)?%\)/)
  })

  it('counts the words a reader of the old page saw: shortcodes expanded, markers turned into labels', async () => {
    const content = [
      '[ez-toc]',
      '<p>Intro words here.</p>',
      '<h2>Sleep</h2><p>Body text.</p>',
      '[caption id="attachment_9" align="aligncenter" width="600"]<img src="https://old-clinic.example/a.png" alt="A chart"> Chart of sleep[/caption]',
      '<p>Key Takeaway:</p><p>Sleep matters.</p>',
      '<h2>Conclusion</h2><p>Rest well.</p>',
    ].join('\n\n')
    const { report } = await importWithReport(temp, wxr({ items: [{ id: 1, slug: 'one', title: 'Sleep', content }] }))
    // Title 1, intro 3, "Sleep" 1, body 2, caption 3, "Key Takeaway:" 2, takeaway 2, "Conclusion" 1, "Rest well." 2.
    expect(report.files[0]?.posts[0]?.words).toEqual({ source: 17, result: 17 })
  })

  it('gives byte-identical data files on every run', async () => {
    const path = await temp.write('export.xml', exportXml())
    for (const run of ['a', 'b'])
      await runImportCli([path, '--out', temp.path(`${run}.ndjson`), '--report', temp.path(`${run}.json`)], quiet)
    for (const extension of ['ndjson', 'json', 'txt']) {
      expect(await readFile(temp.path(`b.${extension}`), 'utf8')).toBe(
        await readFile(temp.path(`a.${extension}`), 'utf8'),
      )
    }
  })
})
