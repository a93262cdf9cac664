import type { ExprNode, FilterNode } from 'groq-js'
import { planFilter } from './filterPlan'
import { lookupBase } from './lookupKey'

type Node = { type: string; [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

function rewrite(node: Node): Node {
  // A Value holds data, possibly a parameter shaped like a tree: never look inside it.
  if (node.type === 'Value') return node
  const copy: Node = { ...node }
  for (const [key, child] of Object.entries(node)) {
    if (Array.isArray(child)) copy[key] = child.map((item) => (isNode(item) ? rewrite(item) : item))
    else if (isNode(child)) copy[key] = rewrite(child)
  }
  if (node.type === 'Filter') {
    const filter = node as unknown as FilterNode
    const plan = filter.base.type === 'Everything' ? planFilter(filter.expr) : null
    if (plan) copy.base = lookupBase(plan)
  }
  return copy
}

/**
 * The same query with every `*[...]` that an index can narrow reading its candidates from the
 * index instead of scanning the dataset. The plan is made from the original filter expression;
 * nested filters inside it are narrowed too.
 */
export function indexTree(tree: ExprNode): ExprNode {
  return rewrite(tree as unknown as Node) as unknown as ExprNode
}
