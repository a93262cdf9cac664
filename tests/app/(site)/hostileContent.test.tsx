import { cleanup, render } from '@testing-library/react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { getArticle } from '@/lib/sanity/queries/article'
import { getSettings } from '@/lib/sanity/queries/settings'
import { visit } from '../../support/visitRoute'
import { textComments, unsafeMarkup } from '../../support/unsafeMarkup'

// Every page renders over the bundled dataset plus tests/fixtures/hostile/*.ndjson, through the
// real query layer (groq-js), zod schemas, pages and components.
// A relative path: jest.mock does not resolve the @/ alias.
jest.mock('../../../lib/sanity/embedded/embeddedDocuments', () => {
  const { hostileDocuments } = jest.requireActual('../../support/hostileDataset')
  const documents = hostileDocuments()
  return { embeddedDocuments: () => documents }
})

const SCRIPT = '</script><script>alert("xss")</script>'

let warnings: string[] = []
let errors: string[] = []
beforeEach(() => {
  warnings = []
  errors = []
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')))
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')))
})
afterEach(() => {
  jest.restoreAllMocks()
  cleanup()
})

type Rendered = { container: HTMLElement; status: 200 | 404 }

/** A page with the site's header and footer around it, as a reader gets it; a thrown error fails the test (a 500). */
async function renderPage(href: string): Promise<Rendered> {
  const outcome = await visit(href)
  if (outcome.kind === 'notFound') return { container: document.createElement('div'), status: 404 }
  if (outcome.kind === 'redirect') throw new Error(`${href} redirects to ${outcome.location}`)
  const settings = await getSettings()
  const { container } = render(
    <>
      <SiteHeader settings={settings} />
      <main>{outcome.element}</main>
      <SiteFooter settings={settings} />
    </>,
  )
  return { container, status: 200 }
}

function expectInert(container: HTMLElement) {
  expect(unsafeMarkup(container)).toEqual([])
  expect(textComments(container.ownerDocument)).toEqual([])
}

/** A page that must answer 200 with nothing in it a browser would run; its container and text. */
async function renderInertPage(href: string): Promise<{ container: HTMLElement; text: string }> {
  const { container, status } = await renderPage(href)
  expect(status).toBe(200)
  expectInert(container)
  return { container, text: container.textContent ?? '' }
}

function hrefs(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('a[href]'), (anchor) => anchor.getAttribute('href') ?? '')
}

describe('hostile content', () => {
  it('is escaped wherever it is shown: titles, headings, takeaways, FAQs, people, topics, settings', async () => {
    const { container, text } = await renderInertPage('/blog/hostile-markup')
    expect(container.querySelector('h1')?.textContent).toBe(`${SCRIPT}<!-- Title with markup`)
    for (const shown of [
      'Heading </h2><script>alert("heading")</script>',
      '<iframe src="javascript:alert(1)"></iframe> raw HTML in text <!-- comment opener',
      '<h3>not a heading</h3>',
      `${SCRIPT} <!-- takeaway`,
      'Is <script>alert("question")</script> <!-- escaped?',
      `${SCRIPT} <!-- answer <img src=x onerror=alert("answer")>`,
      `Dr. ${SCRIPT} <!-- Hostile`,
      `Clinic ${SCRIPT} <!--`,
    ]) {
      expect(text).toContain(shown)
    }
    // The hostile FAQ answer's javascript: link is dropped and its text kept.
    expect(text).toContain('a javascript link')
    expect(errors).toEqual([])
  })

  it('drops javascript:, data: and vbscript: links however they are disguised, and keeps safe ones', async () => {
    const { container } = await renderPage('/blog/hostile-links')
    expectInert(container)
    const links = hrefs(container)
    expect(links).toContain('https://example.org/safe')
    expect(links).toContain('https://example.org/study')
    // An internal link to an article whose slug reads like a scheme stays a path on the site.
    expect(links).toContain('/blog/javascript-alert-1')
    for (let index = 0; index < 10; index += 1) {
      const shown = Array.from(container.querySelectorAll('p')).find(
        (p) => p.textContent === `before hostile link ${index} after`,
      )
      expect(shown).toBeDefined()
      expect(shown?.querySelector('a')).toBeNull()
    }
    for (const title of ['javascript source', 'data source', 'vbscript source']) {
      const item = Array.from(container.querySelectorAll('li')).find((li) => li.textContent === title)
      expect(item?.querySelector('a')).toBeNull()
    }
    expect(errors).toEqual([])
  })

  it('drops a canonical URL that is not a web address, so no <link> points at script', async () => {
    const article = await getArticle('hostile-markup')
    expect(article?.seo?.canonicalUrl).toBeNull()
  })

  it('leaves no unsafe link in the header and footer from hostile site settings', async () => {
    const { container } = await renderPage('/')
    expectInert(container)
    for (const href of hrefs(container)) expect(href).toMatch(/^(\/|#|https:\/\/|mailto:|tel:|sms:)/)
    expect(errors).toEqual([])
  })

  it('shows very long words, right-to-left and zero-width characters as text', async () => {
    const { container, text } = await renderInertPage('/blog/hostile-text')
    expect(text).toContain('Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(40))
    expect(text).toContain('\u202eRLO override\u202c')
    expect(text).toContain('Zero\u200bwidth\ufeff heading')
    // Heading anchors stay unique and linkable even when a heading is mostly invisible characters.
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(errors).toEqual([])
  })

  it('renders an article whose references point at deleted documents, without them', async () => {
    const { container, text } = await renderInertPage('/blog/hostile-dangling')
    expect(text).toContain('Is <script>alert("question")</script> <!-- escaped?')
    expect(text).toContain('a link to a deleted article')
    expect(text).not.toMatch(/Medically reviewed by/)
    expect(container.querySelector('img[alt="deleted asset"]')).toBeNull()
    expect(hrefs(container).filter((href) => href.startsWith('/') && href.includes('deleted'))).toEqual([])
    expect(errors).toEqual([])
  })

  it('breaks a cycle of related articles: each lists the other, never itself', async () => {
    for (const [own, other] of [
      ['hostile-cycle-a', 'hostile-cycle-b'],
      ['hostile-cycle-b', 'hostile-cycle-a'],
    ]) {
      const { container, status } = await renderPage(`/blog/${own}`)
      expect(status).toBe(200)
      const heading = Array.from(container.querySelectorAll('h2')).find((h2) => h2.textContent === 'Related articles')
      const related = heading?.closest('section') as HTMLElement
      expect(hrefs(related)).toContain(`/blog/${other}`)
      expect(hrefs(related)).not.toContain(`/blog/${own}`)
      expect(container.textContent).not.toContain('DRAFT ONLY')
      cleanup()
    }
    expect(errors).toEqual([])
  })

  it('keeps an article that lists a FAQ of the wrong types, without that FAQ, and names the FAQ', async () => {
    const { container, status } = await renderPage('/blog/hostile-faq-wrong-types')
    expect(status).toBe(200)
    expect(container.textContent).toContain('Is <script>alert("question")</script> <!-- escaped?')
    expect(warnings.join('\n')).toContain('hostile-faq-wrong-types')
  })

  // Missing what a page cannot do without: the one filter that lists articles leaves them out, so
  // the page is a 404 and no list links to it (the crawl below checks that).
  it.each(['hostile-no-title', 'hostile-no-author', 'hostile-deleted-author'])(
    'answers 404 for /blog/%s, which the list filter leaves out',
    async (slug) => {
      const { status } = await renderPage(`/blog/${slug}`)
      expect(status).toBe(404)
      expect(errors).toEqual([])
    },
  )

  // Present but malformed (a number for a title): the filter cannot see it, the schema can.
  it('answers 404 for /blog/hostile-wrong-types, naming hostile-article-wrong-types', async () => {
    const { status } = await renderPage('/blog/hostile-wrong-types')
    expect(status).toBe(404)
    expect(warnings.some((warning) => warning.includes('hostile-article-wrong-types'))).toBe(true)
    expect(errors).toEqual([])
  })

  it('renders an article without sections (a post without headings): its intro, no table of contents', async () => {
    const { container, status } = await renderPage('/blog/hostile-no-sections')
    expect(status).toBe(200)
    expect(container.textContent).toContain('Hostile-content fixture for the security tests.')
    expect(container.querySelector('nav[aria-label="Table of contents"]')).toBeNull()
    expect(container.querySelector('#key-takeaways')).toBeNull()
    expect(warnings.filter((warning) => warning.includes('hostile-article-no-sections'))).toEqual([])
  })

  it('renders hostile tables, code, definitions, embeds, galleries and image links inert', async () => {
    const { container, status } = await renderPage('/blog/hostile-blocks')
    expect(status).toBe(200)
    expectInert(container)
    expect(container.querySelector('iframe, script:not([type="application/ld+json"])')).toBeNull()
    // Markup in cells, code and definitions is text.
    expect(container.querySelector('table th:last-child')?.textContent).toBe(SCRIPT)
    expect(container.querySelector('table caption')?.textContent).toBe(SCRIPT)
    expect(container.querySelector('pre code')?.textContent).toContain('<iframe src="javascript:alert(1)"></iframe>')
    expect(container.querySelector('dl dt')?.textContent).toBe(SCRIPT)
    // Embeds with a javascript: or data: address show nothing; the https one is a link card.
    expect(container.textContent).not.toContain('Script embed')
    expect(container.textContent).not.toContain('Data embed')
    expect(hrefs(container)).toContain('https://www.youtube.com/watch?v=abc')
    // The image and its caption stay, without the javascript: links.
    const image = container.querySelector('img[alt="Image with a script link"]')
    expect(image?.closest('a')).toBeNull()
    expect(image?.closest('figure')?.querySelector('figcaption')?.textContent).toBe('Credit: the source')
    // A gallery image whose asset is gone and a malformed table are left out and reported by path.
    expect(container.querySelector('img[alt="Gallery image kept"]')).not.toBeNull()
    expect(container.querySelector('img[alt="Deleted asset"]')).toBeNull()
    const report = warnings.join('\n')
    expect(report).toContain('hostile-article-blocks')
    expect(report).toMatch(/intro\.9\b/)
    expect(report).toMatch(/intro\.8\.images\.0\b/)
    expect(errors).toEqual([])
  })

  it('crawls every page reachable from the home page without an error, a script or an unsafe link', async () => {
    const seen = new Set<string>()
    const queue = [
      '/',
      '/blog/hostile-markup',
      '/blog/hostile-links',
      '/blog/hostile-text',
      '/blog/hostile-dangling',
      '/blog/hostile-blocks',
    ]
    const problems: string[] = []
    for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
      if (seen.has(href)) continue
      seen.add(href)
      const { container } = await renderPage(href)
      problems.push(...unsafeMarkup(container).map((problem) => `${href}: ${problem}`))
      for (const link of hrefs(container)) {
        if (link.startsWith('/') && !link.startsWith('//'))
          queue.push(new URL(link, 'http://site.test').pathname + new URL(link, 'http://site.test').search)
      }
      cleanup()
    }
    expect(problems).toEqual([])
    expect(errors).toEqual([])
    // Every invalid document that a list could show is reported by its _id.
    for (const id of ['hostile-article-wrong-types', 'hostile-article-slug-number']) {
      expect(warnings.join('\n')).toContain(id)
    }
    // No list leads to an article whose page is a 404.
    for (const slug of ['hostile-no-title', 'hostile-no-author', 'hostile-deleted-author', 'hostile-wrong-types'])
      expect(seen).not.toContain(`/blog/${slug}`)
    for (const page of ['/blog', '/topics/hostile-topic', '/authors/hostile-person', '/faq'])
      expect(seen).toContain(page)
  }, 120_000)
})
