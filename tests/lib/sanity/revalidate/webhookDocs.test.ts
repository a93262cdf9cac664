import { readFileSync } from 'node:fs'
import path from 'node:path'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@/lib/sanity/revalidate/webhook'

// Editors paste the filter and projection from docs/editors.md or the README into sanity.io/manage: what they
// paste must be exactly what the route expects.
describe.each(['docs/editors.md', 'README.md'])('%s', (file) => {
  const docs = readFileSync(path.join(process.cwd(), file), 'utf8')

  it.each([
    ['filter', WEBHOOK_FILTER],
    ['projection', WEBHOOK_PROJECTION],
  ])('shows the webhook %s the route expects, ready to paste', (_name, groq) => {
    expect(docs).toContain('```groq\n' + groq + '\n```')
  })
})
