import type { Snippet } from '@/lib/content/searchSnippet'

/** The matched passage, with the words that matched marked. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return snippet.segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
  )
}
