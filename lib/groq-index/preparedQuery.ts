import { randomUUID } from 'node:crypto'
import { parse, type ExprNode } from 'groq-js'

type Node = { type: string; [key: string]: unknown }
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

// What groq-js's parser evaluates while parsing: `arr[<this>]` becomes an element, an attribute
// or a filter depending on the value, and slice bounds must be numbers.
function isParseTimeConstant(node: Node): boolean {
  if (node.type === 'Value' || node.type === 'Parameter') return true
  if (node.type === 'Group' || node.type === 'Pos' || node.type === 'Neg') return isParseTimeConstant(node.base as Node)
  return (
    node.type === 'OpCall' &&
    ['+', '-', '*', '/', '%', '**'].includes(node.op as string) &&
    isParseTimeConstant(node.left as Node) &&
    isParseTimeConstant(node.right as Node)
  )
}

/**
 * The query parsed once for any parameter values, or null when its shape depends on them.
 * groq-js's parser writes each `$param` into the tree as the value passed; parsed with a unique
 * stand-in string per parameter, every stand-in that ends up as a plain value can become a
 * Parameter node, which groq-js evaluates to the same value at run time. A stand-in anywhere
 * else (an attribute name, a subscript the parser decided on) means the tree depends on the
 * values, and the query is parsed on each call instead.
 */
function parameterizedTree(query: string): ExprNode | null {
  const token = `groq-param:${randomUUID()}:`
  const names = new Set([...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!))
  let tree: ExprNode
  try {
    tree = parse(query, { params: Object.fromEntries([...names].map((name) => [name, token + name])) })
  } catch {
    return null
  }
  const mentions = (value: unknown) => JSON.stringify(value).includes(token)
  let dependent = false
  const visit = (node: Node): Node => {
    if (node.type === 'Value') {
      if (typeof node.value === 'string' && node.value.startsWith(token) && names.has(node.value.slice(token.length))) {
        return { type: 'Parameter', name: node.value.slice(token.length) }
      }
      if (mentions(node.value)) dependent = true
      return node
    }
    if (node.type === 'Filter' && isParseTimeConstant(node.expr as Node) && mentions(node.expr)) dependent = true
    const copy: Node = { ...node }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && child.includes(token)) dependent = true
      else if (Array.isArray(child)) copy[key] = child.map((item) => (isNode(item) ? visit(item) : item))
      else if (isNode(child)) copy[key] = visit(child)
    }
    return copy
  }
  const parameterized = visit(tree as unknown as Node)
  return dependent ? null : (parameterized as unknown as ExprNode)
}

/**
 * The tree to evaluate for a query and its parameters, transformed by `prepare` (the index
 * planner). Queries whose shape does not depend on parameter values are parsed and prepared
 * once per process; the others on every call.
 */
export function preparedQuery(
  query: string,
  params: Record<string, unknown>,
  prepare: (tree: ExprNode) => ExprNode,
  cache: Map<string, ExprNode | null>,
): ExprNode {
  if (!cache.has(query)) {
    // The site runs a fixed set of queries; a caller inventing queries must not grow this forever.
    if (cache.size >= 500) cache.clear()
    const tree = parameterizedTree(query)
    cache.set(query, tree && prepare(tree))
  }
  return cache.get(query) ?? prepare(parse(query, { params }))
}
