import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { runImportCli } from '@/lib/importer/cli'
import type { DocumentLike } from '@/lib/dataset/ndjson'
import { importPaths } from '@/lib/importer/runImport'
import { MAX_DEPTH, readWxr } from '@/lib/importer/wxrParser'
import { useTempDir } from '../../support/tempDir'
import { wxr } from '../../support/wxrBuilder'

async function cli(...argv: string[]) {
  const log: string[] = []
  const error: string[] = []
  const code = await runImportCli(
    argv,
    { log: (line) => log.push(line), error: (line) => error.push(line) },
    {
      env: {},
      sanityClient: () => {
        throw new Error('no Sanity in tests')
      },
      download: async () => Buffer.alloc(0),
    },
  )
  return { code, log: log.join('\n'), error: error.join('\n') }
}

describe('WXR reading: streaming, encodings, bad files', () => {
  const temp = useTempDir()

  it('hands each item over before the rest of the file is read', async () => {
    // Items first, then a break: a reader that parsed the whole file first would fail before any item.
    // Item 2 spans several read chunks, so item 1 is complete long before the break is reached.
    const good = wxr({ items: [{ id: 1 }, { id: 2, content: `<p>${'Many words here. '.repeat(20000)}</p>` }] })
    const path = await temp.write('tail-broken.xml', good.replace('</channel>', '<item><title>Half</title></channel>'))
    const seen: string[] = []
    await expect(
      readWxr(path, {
        onItem: (node) => void seen.push(node.children.find((child) => child.name === 'wp:post_id')?.text ?? ''),
      }),
    ).rejects.toMatchObject({
      where: expect.stringMatching(/^line \d+, column \d+$/),
    })
    expect(seen).toEqual(['1'])
  })

  it('sends documents to a sink one post at a time and keeps none in the result', async () => {
    const path = await temp.write('export.xml', wxr({ items: [{ id: 1 }, { id: 2 }, { id: 3 }] }))
    const written: DocumentLike[] = []
    const result = await importPaths([path], {
      sink: { write: async (document) => void written.push(document), addImage: async () => undefined },
    })
    expect(result.documents).toEqual([])
    expect(result.articles).toEqual([])
    expect(written.slice(0, 3).map((document) => document._id)).toEqual([
      'article-post-1',
      'article-post-2',
      'article-post-3',
    ])
    expect(result.summary.articles).toBe(3)
  })

  it('decodes ISO-8859-1 and Windows-1252 as declared, and lets a BOM win over the declaration', async () => {
    const latin1 = await temp.write(
      'latin1.xml',
      Buffer.from(
        wxr({
          encoding: 'ISO-8859-1',
          items: [{ id: 1, title: 'Caf\u00e9 cr\u00e8me', content: '<p>Na\u00efve r\u00e9sum\u00e9.</p>' }],
        }),
        'latin1',
      ),
    )
    const cp1252 = Buffer.from(
      wxr({ encoding: 'windows-1252', items: [{ id: 2, title: 'QUOTE-Sleep-QUOTE DASH rest' }] }),
      'latin1',
    )
    const windows = await temp.write(
      'cp1252.xml',
      Buffer.from(cp1252.toString('latin1').replace('QUOTE-Sleep-QUOTE DASH', '\u0093Sleep\u0094 \u0096'), 'latin1'),
    )
    const bom = await temp.write(
      'bom.xml',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(wxr({ encoding: 'ISO-8859-1', items: [{ id: 3, title: 'Caf\u00e9 au lait' }] }), 'utf8'),
      ]),
    )
    const result = await importPaths([latin1, windows, bom])
    expect(result.errors).toEqual([])
    expect(result.articles.map(({ article }) => article.title)).toEqual([
      'Café crème',
      '“Sleep” – rest',
      'Café au lait',
    ])
    expect(JSON.stringify(result.articles[0]?.article.intro)).toContain('Naïve résumé.')
  })

  it('names the file, line and column of a truncated file, of a break mid-file, and of a file in the wrong encoding', async () => {
    const full = wxr({ items: [{ id: 1 }, { id: 2 }] })
    const truncated = await temp.write(
      'truncated.xml',
      full.slice(0, full.indexOf('<wp:post_name>', full.indexOf('<wp:post_id>2'))),
    )
    const lines = full.split('\n')
    const brokenLine = lines.findIndex((line) => line.startsWith('<wp:status>')) + 1
    const broken = await temp.write(
      'broken.xml',
      lines.map((line, index) => (index + 1 === brokenLine ? '<wp:status>publish</wp:stat>' : line)).join('\n'),
    )
    const undeclared = await temp.write(
      'undeclared.xml',
      Buffer.from(wxr({ items: [{ id: 1, title: 'Caf\u00e9' }] }), 'latin1'),
    )
    const result = await importPaths([truncated, broken, undeclared])
    const truncatedLines = full
      .slice(0, full.indexOf('<wp:post_name>', full.indexOf('<wp:post_id>2')))
      .split('\n').length
    const secondItemLine =
      lines.findIndex((line, index) => line === '<item>' && lines.slice(0, index).includes('<item>')) + 1
    expect(result.errors.map((error) => error.message)).toEqual([
      `${truncated} (line ${truncatedLines}, column 1): the file ends inside <item> opened on line ${secondItemLine}: it is truncated or not well-formed`,
      `${broken} (line ${brokenLine}, column 29): malformed XML: unexpected close tag.`,
      expect.stringMatching(
        new RegExp(
          `^${undeclared} \\(near line \\d+\\): not valid UTF-8; if the file uses another encoding, its XML declaration must name it`,
        ),
      ),
    ])
  })

  it('refuses a DOCTYPE, so no declared entity is ever expanded, and bounds nesting depth', async () => {
    const laughs = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    const doctype = await temp.write(
      'doctype.xml',
      wxr({ items: [{ id: 1, title: 'T &b;' }] }).replace('?>\n', `?>\n${laughs}\n`),
    )
    const deep = await temp.write(
      'deep.xml',
      wxr({ items: [{ id: 1, content: 'x' }] }).replace(
        '<content:encoded>',
        `<content:encoded>${'<div>'.repeat(MAX_DEPTH)}${'</div>'.repeat(MAX_DEPTH)}`,
      ),
    )
    const result = await importPaths([doctype, deep])
    expect(result.errors.map((error) => error.message)).toEqual([
      `${doctype} (line 2): a DOCTYPE is not part of a WordPress export; refused so that no entity it declares is expanded`,
      expect.stringMatching(new RegExp(`^${deep} \\(line \\d+\\): elements nested deeper than ${MAX_DEPTH} levels`)),
    ])
  })

  it('says so when an export holds no posts, exits non-zero, and leaves an existing --out untouched', async () => {
    const empty = await temp.write(
      'empty.xml',
      wxr({
        items: [{ id: 9, type: 'attachment', status: 'inherit', attachmentUrl: 'https://old-clinic.example/a.jpg' }],
      }),
    )
    await mkdir(temp.path('site'))
    await writeFile(temp.path('site/data.ndjson'), '{"_id":"article-kept","_type":"article"}\n')
    const { code, error } = await cli(empty, '--out', temp.path('site/data.ndjson'))
    expect(code).toBe(1)
    expect(error).toContain(`${empty}: no posts: the export holds no post or page (only 1 attachment)`)
    expect(error).toContain(`no article was imported; ${temp.path('site/data.ndjson')} was left as it was`)
    expect(await readFile(temp.path('site/data.ndjson'), 'utf8')).toBe('{"_id":"article-kept","_type":"article"}\n')
    expect(await readdir(temp.path('site'))).toEqual(['data.ndjson'])
  })

  it('leaves --out untouched when every post was skipped', async () => {
    const drafts = await temp.write('drafts.xml', wxr({ items: [{ id: 1, status: 'draft' }] }))
    const { code, log } = await cli(drafts, '--out', temp.path('out.ndjson'))
    expect(code).toBe(1)
    expect(log).toContain('skipped  item 1 "Post 1": draft (import drafts with --include-drafts)')
    expect(await readdir(temp.path(''))).toEqual(['drafts.xml'])
  })
})
