// Characters that could end the <script> element or confuse an HTML or JS parser reading it.
// JSON allows \u escapes anywhere in a string, so the escaped text parses to the same data.
const UNSAFE = /[<>&\u2028\u2029]/g

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * JSON for a <script type="application/ld+json"> element: no `</script>`, `<!--` or line
 * separator in any title or text can break out of the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, escape)
}
