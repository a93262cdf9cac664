import { scriptsIn } from '../../../scripts/bench/bundleStats'

describe('scriptsIn', () => {
  it('finds no script in a page whose only script elements are JSON-LD and JSON data', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"Article"}</script></head>' +
      '<body><script id="data" type="application/json">{"a":1}</script></body></html>'
    expect(scriptsIn(html)).toEqual({ sources: [], inline: [] })
  })

  it('counts every script src and every inline script a browser runs', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/b.js" noModule=""></script>' +
      '<script type="module" src="/c.js"></script>' +
      '<script>self.__next_f.push([1,"x"])</script>' +
      '<script type="text/javascript">run()</script>' +
      '<SCRIPT id="_R_"></SCRIPT>'
    expect(scriptsIn(html)).toEqual({
      sources: ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/c.js'],
      inline: ['self.__next_f.push([1,"x"])', 'run()'],
    })
  })
})
