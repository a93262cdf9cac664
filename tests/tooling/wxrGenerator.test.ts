import { SaxesParser } from 'saxes'
import { wxrChunks } from '@/tooling/wxrGenerator'

const exportOf = (posts: number, seed: number) => [...wxrChunks({ posts, seed })].join('')

describe('the bench:import WordPress export generator', () => {
  it('gives the same bytes for the same seed, and another export for another seed', () => {
    const first = exportOf(30, 1)
    expect(exportOf(30, 1)).toBe(first)
    expect(exportOf(30, 2)).not.toBe(first)
  })

  it('writes well-formed WXR with posts, attachments, comments and the constructs real posts have', () => {
    const wxr = exportOf(200, 1)
    const parser = new SaxesParser()
    const counts = new Map<string, number>()
    parser.on('opentag', (tag) => counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1))
    parser.write(wxr).close()
    expect(counts.get('item')).toBe(400)
    expect(counts.get('wp:attachment_url')).toBe(200)
    expect(counts.get('wp:comment')).toBeGreaterThan(200)
    expect(counts.get('wp:category')).toBe(12)
    expect(counts.get('wp:author')).toBe(8)
    for (const construct of [
      '<h2>',
      '<h3>',
      '<ul>',
      '<ol>',
      'wp:gallery',
      '<table>',
      '[caption',
      'wp:embed',
      '<blockquote',
      '?p=',
      '/wp-content/uploads/',
      '<!--more-->',
    ]) {
      expect(wxr).toContain(construct)
    }
    for (const status of ['publish', 'draft', 'private', 'pending'])
      expect(wxr).toContain(`<wp:status><![CDATA[${status}]]>`)
    expect(wxr).toContain('<wp:post_type><![CDATA[page]]>')
    // About 12 KB a post (with its attachment), so 10,000 posts are about 120 MB.
    expect(Buffer.byteLength(wxr) / 200).toBeGreaterThan(9_000)
    expect(Buffer.byteLength(wxr) / 200).toBeLessThan(16_000)
  })
})
