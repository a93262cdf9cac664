import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { bundledSourcePath } from '@/lib/dataset/bundledDataset'
import { EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'

// Inputs for the importer fuzz test: random text, and real posts (the example text, a WordPress
// HTML post, a WXR export) mutated by cuts, duplications and insertions of fragments that
// matter to one of the parsers.

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8')

export const SEEDS = {
  text: readFileSync(bundledSourcePath('articles', `${EXAMPLE_ARTICLE_SLUG}.txt`), 'utf8'),
  html: read('tests/fixtures/importer/wordpress-post.html'),
  wxr: read('tests/fixtures/importer/clinic-export.wxr.xml'),
}

/** Pieces that steer the structure detector, the HTML and XML parsers, entity decoding and image lookup. */
const FRAGMENTS = [
  '\n',
  '\n\n\n',
  '\r\n',
  '\t',
  'Key Takeaway:',
  'Key Takeaways',
  'Table Of Contents:',
  'FAQs',
  'Frequently Asked Questions',
  'Is it safe?',
  '?',
  'Conclusion',
  'Image caption',
  '<h2>',
  '</h2>',
  '<h3>Sub</h3>',
  '<p>',
  '</p>',
  '<ul><li>',
  '<table><tr><td>',
  '<div>'.repeat(200),
  '<script>alert(1)</script>',
  '</script>',
  '<style>*{}</style>',
  '<a href="javascript:alert(1)">x</a>',
  '<img src="x" onerror="alert(1)">',
  '<img src="/dev/zero" alt="device">',
  '<img src="../../../../../../etc/hostname" alt="outside">',
  '<img src="%E0%A4%A" alt="bad escape">',
  '<img src="data:image/png;base64,iVBORw0KGgo=">',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<item>',
  '</item>',
  '</channel>',
  '<content:encoded>',
  '<wp:post_type>post</wp:post_type>',
  '<wp:status>publish</wp:status>',
  '<wp:post_name>',
  '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '&c;',
  '&amp;',
  '&bogus;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\u200b',
  '\ud800',
  'é',
  'x'.repeat(5000),
]

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
)

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 2000 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

function apply(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % text.length
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at)
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length)
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at)
    case 'truncate':
      return text.slice(0, at)
  }
}

/** A real document after up to `max` random edits. */
export function mutated(seed: string, max = 12): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: max }).map((edits) => edits.reduce(apply, seed))
}

/** A post-shaped text built from lines the structure detector reacts to, in random order. */
export const shapedText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fragment, fc.lorem({ maxCount: 12, mode: 'sentences' })), { maxLength: 120 })
  .map((lines) => lines.join('\n'))

/** Markup soup: tags, entities and text in random order. */
export const tagSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fragment, fc.lorem({ maxCount: 6 })), { maxLength: 200 })
  .map((parts) => `<html><body><h1>${parts[0] ?? ''}</h1>${parts.join('')}`)

export type FuzzInput = { name: string; content: string | Uint8Array }

const LAUGHS = Array.from({ length: 9 }, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('')

/** Inputs that once broke an importer somewhere, kept so each run tries them whatever the seed. */
export const KNOWN_CASES: FuzzInput[] = [
  // An image that is a device: reading it never ends.
  { name: 'known-dev-zero.html', content: SEEDS.html.replace('</p>', '</p><img src="/dev/zero" alt="device">') },
  { name: 'known-folder-image.html', content: SEEDS.html.replace('</p>', '</p><img src="." alt="folder">') },
  {
    name: 'known-bad-escape.html',
    content: SEEDS.html.replace('</p>', '</p><img src="%E0%A4%A.png" alt="bad escape">'),
  },
  // Exponential entity expansion ("billion laughs") in a WXR export.
  {
    name: 'known-billion-laughs.xml',
    content: SEEDS.wxr
      .replace('<rss', `<!DOCTYPE rss [<!ENTITY l0 "ha">${LAUGHS}]>\n<rss`)
      .replace('<title>', '<title>&l9;'),
  },
  { name: 'known-deep-nesting.html', content: `${'<div>'.repeat(50_000)}${SEEDS.html}` },
  { name: 'known-long-line.txt', content: `Title\n\n${'word '.repeat(200_000)}\n` },
  { name: 'known-nul.txt', content: SEEDS.text.replaceAll('\n\n', '\n\u0000\n') },
]

/** The known cases, then every generator's samples, each named with the extension that picks its parser. */
export function fuzzInputs(runs: number, seed: number): FuzzInput[] {
  const plans: Array<[string, fc.Arbitrary<string | Uint8Array>, number]> = [
    ['txt', fc.string({ unit: 'grapheme', maxLength: 3000 }), 0.1],
    ['txt', shapedText, 0.15],
    ['txt', mutated(SEEDS.text), 0.2],
    ['html', tagSoup, 0.15],
    ['html', mutated(SEEDS.html), 0.15],
    ['xml', mutated(SEEDS.wxr, 6), 0.15],
    ['xml', tagSoup.map((soup) => `<?xml version="1.0"?><rss><channel>${soup}`), 0.05],
    ['html', fc.uint8Array({ maxLength: 4096 }), 0.05],
  ]
  const random = plans.flatMap(([extension, arbitrary, share], plan) =>
    fc
      .sample(arbitrary, { numRuns: Math.max(1, Math.round(runs * share)), seed: seed + plan })
      .map((content, index) => ({
        name: `${String(plan).padStart(2, '0')}-${String(index).padStart(4, '0')}.${extension}`,
        content,
      })),
  )
  return [...KNOWN_CASES, ...random]
}
