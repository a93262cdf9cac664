import { render } from '@testing-library/react'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Graph } from 'schema-dts'
import { JsonLd } from '@/components/seo/JsonLd'

describe('<JsonLd>', () => {
  it('renders one script element whose JSON is the graph, even when a title tries to close it', () => {
    const graph: Graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'BlogPosting', headline: 'Hope </script><script>alert("x")</script> & <b>care</b>' }],
    }
    const { container } = render(<JsonLd graph={graph} />)
    const scripts = container.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json')
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(graph)
    expect(container.innerHTML).not.toContain('<script>alert')
  })
})

// Raw HTML is where injection starts; the structured data is the one place that needs it.
describe('dangerouslySetInnerHTML', () => {
  const ALLOWED = path.join('components', 'seo', 'JsonLd.tsx')

  function sourceFiles(dir: string): string[] {
    return readdirSync(path.join(process.cwd(), dir)).flatMap((name) => {
      const relative = path.join(dir, name)
      if (statSync(path.join(process.cwd(), relative)).isDirectory()) return sourceFiles(relative)
      return /\.(ts|tsx)$/.test(name) ? [relative] : []
    })
  }

  it('is used in components/seo/JsonLd.tsx and nowhere else in the site', () => {
    const users = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => readFileSync(path.join(process.cwd(), file), 'utf8').includes('dangerouslySetInnerHTML'))
    expect(users).toEqual([ALLOWED])
  })
})
