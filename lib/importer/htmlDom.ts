/**
 * Small DOM helpers for post HTML parsed by linkedom: reading the text a reader sees (with the
 * spaces block boundaries imply) and fixing what linkedom and block-tools would otherwise lose.
 */

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

// Elements a browser lays out as blocks: their text never runs into a neighbour's.
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'iframe',
  'video',
  'audio',
  'br',
  'img',
])

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE
}

export function tagOf(node: Node): string {
  return isElement(node) ? node.tagName.toLowerCase() : ''
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

/** The text a reader sees: block elements and line breaks separate words, scripts are not text. */
export function visibleText(node: Node): string {
  const parts: string[] = []
  const visit = (current: Node) => {
    if (current.nodeType === TEXT_NODE) {
      parts.push(current.textContent ?? '')
      return
    }
    if (!isElement(current)) return
    const tag = tagOf(current)
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return
    const block = BLOCK_TAGS.has(tag)
    if (block) parts.push(' ')
    current.childNodes.forEach(visit)
    if (block) parts.push(' ')
  }
  visit(node)
  return normalizeSpace(parts.join(''))
}

/**
 * linkedom splits text at every entity ("Caf", "é", " ", "&", " tea"), and block-tools then drops
 * the text nodes that are only a space, gluing "Café&" together. Merging the pieces back into one
 * node, as a browser's parser would have made, keeps the spaces.
 */
export function mergeTextNodes(root: Node): void {
  const visit = (parent: Node) => {
    let previous: Node | undefined
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE && previous?.nodeType === TEXT_NODE) {
        previous.textContent = `${previous.textContent ?? ''}${child.textContent ?? ''}`
        child.parentNode?.removeChild(child)
        continue
      }
      previous = child
      if (isElement(child)) visit(child)
    }
  }
  visit(root)
}

export function hasClass(element: Element, ...names: string[]): boolean {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/)
  return names.some((name) => classes.includes(name))
}

/** Replaces an element by a new one with another tag, keeping its children and attributes. */
export function retag(element: Element, tag: string): Element {
  const document = element.ownerDocument
  const replacement = document.createElement(tag)
  for (const attribute of Array.from(element.attributes)) replacement.setAttribute(attribute.name, attribute.value)
  while (element.firstChild) replacement.appendChild(element.firstChild)
  element.parentNode?.replaceChild(replacement, element)
  return replacement
}
