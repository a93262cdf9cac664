import type { Graph, Thing } from 'schema-dts'

/** One JSON-LD document per page: every node in a single @graph, linked by @id. */
export function jsonLdGraph(nodes: (Thing | null | undefined | false)[]): Graph {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.filter((node): node is Thing => Boolean(node)),
  }
}
