/**
 * block-tools' HTML preprocessing calls `document.evaluate` (XPath), which linkedom does not
 * implement. These are the only expression shapes it uses: `//*`, `//name`, `//name[@a='v']`,
 * `//*[@a and contains(@a, "v")]`, `//comment()` and absolute paths ending in `text()`, joined by `|`.
 * Anything else is refused loudly rather than silently matching nothing.
 */

interface XPathSnapshot {
  snapshotLength: number
  snapshotItem: (index: number) => Node | null
  iterateNext: () => Node | null
}

const COMMENT_NODE = 8
const TEXT_NODE = 3
const ELEMENT_NODE = 1

function descendants(root: Node): Node[] {
  const found: Node[] = []
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      found.push(child)
      visit(child)
    }
  }
  visit(root)
  return found
}

function attributeTest(predicate: string | undefined): (element: Element) => boolean {
  if (predicate === undefined) return () => true
  const equals = /^@([\w:-]+)\s*=\s*'([^']*)'$/.exec(predicate)
  if (equals) return (element) => element.getAttribute(equals[1] as string) === equals[2]
  const contains = /^@([\w:-]+) and contains\(@\1, "([^"]*)"\)$/.exec(predicate)
  if (contains) return (element) => (element.getAttribute(contains[1] as string) ?? '').includes(contains[2] as string)
  throw new Error(`unsupported XPath predicate [${predicate}]`)
}

function evaluatePath(document: Document, path: string): Node[] {
  const anywhere = /^\/\/([\w:*-]+|comment\(\))(?:\[(.+)\])?$/.exec(path)
  if (anywhere) {
    const [, test, predicate] = anywhere
    const all = descendants(document)
    if (test === 'comment()') return all.filter((node) => node.nodeType === COMMENT_NODE)
    const matches = attributeTest(predicate)
    return all.filter(
      (node): node is Element =>
        node.nodeType === ELEMENT_NODE &&
        (test === '*' || (node as Element).tagName.toLowerCase() === test?.toLowerCase()) &&
        matches(node as Element),
    )
  }
  const absolute = /^\/((?:[\w-]+\/)*[\w-]+)\/text\(\)$/.exec(path)
  if (absolute) {
    let parents: Node[] = [document]
    for (const name of (absolute[1] as string).split('/')) {
      parents = parents.flatMap((parent) =>
        Array.from(parent.childNodes).filter(
          (child) => child.nodeType === ELEMENT_NODE && (child as Element).tagName.toLowerCase() === name,
        ),
      )
    }
    return parents.flatMap((parent) => Array.from(parent.childNodes).filter((child) => child.nodeType === TEXT_NODE))
  }
  throw new Error(`unsupported XPath expression ${path}`)
}

export function addXPathEvaluate(document: Document): Document {
  const evaluate = (expression: string): XPathSnapshot => {
    const nodes = expression.split('|').flatMap((path) => evaluatePath(document, path.trim()))
    let cursor = 0
    return {
      snapshotLength: nodes.length,
      snapshotItem: (index) => nodes[index] ?? null,
      iterateNext: () => nodes[cursor++] ?? null,
    }
  }
  return Object.assign(document, { evaluate })
}
