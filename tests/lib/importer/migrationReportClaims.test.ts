import { readFile } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import { claimHit } from '../../support/claimHit'
import { importWithReport } from '../../support/importWithReport'
import { useTempDir } from '../../support/tempDir'
import { wxr } from '../../support/wxrBuilder'

const quiet = { log: () => undefined, error: () => undefined }

// Issue 17 item 6: what the importer brings in is checked for risky claims, and the report says where.
describe('--report: claims in the imported posts', () => {
  const temp = useTempDir()
  const content = [
    '<p>Plain words first. Ketamine offers immediate results for many.</p>',
    '<h2>Evidence</h2><p>Studies show it works.</p>',
    '<p>Key Takeaway:</p><p>Trials show promising results.</p>',
    '<h2>Conclusion</h2><p>Rest well.</p>',
  ].join('\n\n')
  const exportXml = () =>
    wxr({
      items: [
        { id: 1, slug: 'claims', title: 'A miracle treatment', content },
        { id: 2, slug: 'calm', content: '<p>Talk to your clinician.</p>' },
      ],
    })

  it('lists each post’s hits with rule, quote and location, and totals them', async () => {
    const { path, report, text, log } = await importWithReport(temp, exportXml())
    const [claims, calm] = report.files[0]!.posts
    expect(calm?.claims).toEqual([])
    // The excerpt is the intro's opening, so the promise shows twice: an editor fixes both.
    expect(claims?.claims).toEqual([
      claimHit('superlative-as-fact', 'miracle', 'title', 2),
      claimHit('speed-promise', 'immediate results', 'excerpt', 35),
      claimHit('speed-promise', 'immediate results', 'intro', 35, 0),
      claimHit('studies-show-unsourced', 'Studies show', 'sections[_key=="section0"].body', 0, 0),
      claimHit('trials-show-unsourced', 'Trials show', 'takeaway:takeaway-claims-1.text', 0),
    ])
    expect(report.totals.claims).toEqual({ hits: 5, posts: 1 })
    expect(text).toContain('  claims for the medical reviewer: 5 in 1 post (docs/claims.md)')
    expect(text).toContain(
      `  ${path} item 1 /blog/claims: 5 (superlative-as-fact 1, speed-promise 2, studies-show-unsourced 1, trials-show-unsourced 1)`,
    )
    // The console summary lists them too, though it leaves out posts that imported cleanly.
    expect(log.join('\n')).toContain(`${path} item 1 /blog/claims: 5 (`)
  })

  it('checks an HTML post too', async () => {
    const { report } = await importWithReport(
      temp,
      '<html><head><title>Guaranteed relief</title></head><body><p>It is completely safe.</p></body></html>',
      'post.html',
    )
    expect(report.files[0]?.posts[0]?.claims?.map((claim) => claim.ruleId)).toEqual(
      expect.arrayContaining(['guaranteed-outcome', 'completely-safe']),
    )
  })

  it('stays byte-identical from run to run', async () => {
    const path = await temp.write('export.xml', exportXml())
    for (const run of ['a', 'b'])
      await runImportCli([path, '--out', temp.path(`${run}.ndjson`), '--report', temp.path(`${run}.json`)], quiet)
    for (const extension of ['json', 'txt'])
      expect(await readFile(temp.path(`b.${extension}`), 'utf8')).toBe(
        await readFile(temp.path(`a.${extension}`), 'utf8'),
      )
  })
})
