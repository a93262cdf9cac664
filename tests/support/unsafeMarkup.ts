// Checks a rendered DOM (jsdom in component tests, linkedom for HTML fetched from a built
// site) for anything through which content could run script or leave the page's control.

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background']
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'object', 'embed', 'applet', 'base']
const SCRIPT_SCHEME = /^(javascript|vbscript|data):/

// Inline scripts Next writes itself: the RSC payload, the Turbopack chunk list, React's
// streaming helpers. Anything else inline would be content that escaped into a script.
const FRAMEWORK_SCRIPT = new RegExp(
  [
    String.raw`\(?self\.__next_[a-z]+`,
    String.raw`\(globalThis\["TURBOPACK"\]`,
    // React's streaming helpers, defined ($RB=…) and called ($RC("B:0","S:0"))
    String.raw`\$R[A-Z]+(\s*=|\()`,
    String.raw`requestAnimationFrame\(function\(\)\{\$RT`,
    // Next moves icon links a streamed page put in <body> into <head>
    String.raw`document\.querySelectorAll\('body link\[rel="icon"\]`,
  ]
    .map((prefix) => `^\\s*${prefix}`)
    .join('|'),
)

/** A URL attribute value as a browser reads its scheme: control characters and whitespace ignored. */
function schemeOf(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
}

function describe(element: Element): string {
  const text = (element.textContent ?? '').trim().slice(0, 60)
  return `<${element.tagName.toLowerCase()}>${text ? ` "${text}"` : ''}`
}

/**
 * Every problem found, as readable lines; an empty list means the markup is inert. Scripts may
 * come from the site's /_next/ folder and from `scriptOrigins` (those its CSP allows).
 */
export function unsafeMarkup(
  root: Document | Element,
  { scriptOrigins = [] }: { scriptOrigins?: string[] } = {},
): string[] {
  const problems: string[] = []
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    if (FORBIDDEN_ELEMENTS.includes(tag)) problems.push(`forbidden element ${describe(element)}`)
    if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') problems.push('meta refresh')
    if (tag === 'script') {
      const type = element.getAttribute('type')
      const src = element.getAttribute('src')
      if (type === 'application/ld+json') {
        try {
          JSON.parse(element.textContent ?? '')
        } catch {
          problems.push(`JSON-LD that is not JSON: ${describe(element)}`)
        }
      } else if (src) {
        const allowed = src.startsWith('/_next/') || scriptOrigins.some((origin) => src.startsWith(`${origin}/`))
        if (!allowed) problems.push(`script from ${src}`)
      } else if (!FRAMEWORK_SCRIPT.test(element.textContent ?? '')) {
        problems.push(`inline script ${describe(element)}`)
      }
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) problems.push(`event handler ${name}="${attribute.value}" on <${tag}>`)
      if (URL_ATTRIBUTES.includes(name) && SCRIPT_SCHEME.test(schemeOf(attribute.value))) {
        // Blurred placeholders are data: images; a data: URL is harmless only where it is one.
        const image = tag === 'img' && schemeOf(attribute.value).startsWith('data:image/')
        if (!image) problems.push(`${name}="${attribute.value.slice(0, 80)}" on ${describe(element)}`)
      }
      if (name === 'style' && /expression\(|url\(\s*['"]?\s*javascript:/i.test(attribute.value))
        problems.push(`script in style on <${tag}>`)
    }
  }
  return problems
}

/** HTML comments that carry text: content that broke out as `<!--` instead of being escaped. */
export function textComments(document: Document): string[] {
  const found: string[] = []
  const walker = document.createTreeWalker(document, 128 /* NodeFilter.SHOW_COMMENT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // React's own markers are a few symbols ($, /$, $?, &...); content would be words.
    if (/[a-z]{2}/i.test(node.nodeValue ?? '')) found.push(`<!--${(node.nodeValue ?? '').slice(0, 60)}-->`)
  }
  return found
}
