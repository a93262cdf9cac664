import type { Graph } from 'schema-dts'
import { serializeJsonLd } from '@/lib/seo/serializeJsonLd'

/**
 * The page's structured data. The only element in the site that writes raw HTML: the JSON is
 * escaped by serializeJsonLd so content cannot close the script element.
 */
export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />
}
