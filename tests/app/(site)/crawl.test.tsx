import { cleanup, render } from '@testing-library/react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { getSettings } from '@/lib/sanity/queries/settings'
import { outlineProblems } from '../../support/headingOutline'
import { visit } from '../../support/visitRoute'

const ORIGIN = 'http://site.test'

type Link = { page: string; fragment: string; from: string }

function internalLinks(container: HTMLElement, from: string): Link[] {
  return Array.from(container.querySelectorAll('a[href]'), (anchor) => anchor.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .map((href) => {
      const url = new URL(href, ORIGIN)
      return { page: url.pathname + url.search, fragment: decodeURIComponent(url.hash.slice(1)), from }
    })
}

// Follows every internal link from the home page, rendering each page (with the header and
// footer every page has) as Next would for that URL. A link to a 404, to a redirect or to an
// id its page lacks fails the test, naming the page that holds the link.
describe('every internal link from the home page', () => {
  it('leads to a page that renders, with one h1, headings in order and the linked fragment', async () => {
    const settings = await getSettings()
    const idsByPage = new Map<string, Set<string>>()
    const links: Link[] = []
    const broken: string[] = []
    const queue: Link[] = [{ page: '/', fragment: '', from: '(start)' }]

    for (let link = queue.shift(); link; link = queue.shift()) {
      if (idsByPage.has(link.page)) continue
      const outcome = await visit(link.page)
      if (outcome.kind !== 'page') {
        idsByPage.set(link.page, new Set())
        broken.push(
          `${link.page} (linked from ${link.from}) answers ${outcome.kind === 'notFound' ? '404' : `${outcome.status} to ${outcome.location}`}`,
        )
        continue
      }
      const { container } = render(
        <>
          <SiteHeader settings={settings} />
          <main>{outcome.element}</main>
          <SiteFooter settings={settings} />
        </>,
      )
      for (const problem of outlineProblems(container.querySelector('main') as HTMLElement))
        broken.push(`${link.page}: ${problem}`)
      idsByPage.set(link.page, new Set(Array.from(container.querySelectorAll('[id]'), (element) => element.id)))
      const found = internalLinks(container, link.page)
      links.push(...found)
      queue.push(...found)
      cleanup()
    }

    for (const link of links) {
      if (link.fragment && idsByPage.get(link.page)?.has(link.fragment) === false) {
        broken.push(`${link.page}#${link.fragment} (linked from ${link.from}): no element with that id`)
      }
    }
    expect([...new Set(broken)]).toEqual([])

    // The crawl must have reached every kind of page, or it proves little.
    const reached = [...idsByPage.keys()]
    for (const page of ['/', '/blog', '/blog?page=2', '/topics', '/faq', '/search', '/authors'])
      expect(reached).toContain(page)
    for (const prefix of ['/blog/', '/topics/', '/authors/'])
      expect(reached.some((page) => page.startsWith(prefix))).toBe(true)
    expect(links.some((link) => link.fragment)).toBe(true)
  }, 120_000)
})
