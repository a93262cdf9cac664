import type { ExprNode, FilterNode } from 'groq-js'
import { docPathOf } from './docPath'
import { planFilter } from './filterPlan'
import { lookupNode } from './lookupExpression'
import type { Limit } from './topK'

type Node = { type: string; [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

const isEverythingFilter = (node: ExprNode): node is FilterNode =>
  node.type === 'Filter' && node.base.type === 'Everything'

/**
 * For `*[...] | order(a, b desc)[i...j]`, `*[...][i...j]` and their `[i]` forms: how many
 * documents, in which order, the query can reach. Null for anything else (negative indexes,
 * orderings by computed values).
 */
function limitOf(node: ExprNode): { filter: FilterNode; limit: Limit } | null {
  let count: number
  if (node.type === 'Slice' && node.left >= 0 && node.right >= 0) count = node.isInclusive ? node.right + 1 : node.right
  else if (node.type === 'AccessElement' && node.index >= 0) count = node.index + 1
  else return null
  const base = node.base
  if (isEverythingFilter(base)) return { filter: base, limit: { order: [], count } }
  if (base.type !== 'PipeFuncCall' || base.name !== 'order' || !isEverythingFilter(base.base) || base.args.length === 0)
    return null
  const order: Limit['order'] = []
  for (const arg of base.args) {
    const desc = arg.type === 'Desc'
    const path = docPathOf(arg.type === 'Desc' || arg.type === 'Asc' ? arg.base : arg)
    if (!path) return null
    order.push({ path, desc })
  }
  return { filter: base.base, limit: { order, count } }
}

/**
 * The replacement for `*[expr]`: the index's exact answer when it can give one, else groq-js
 * filtering the index's candidates, else groq-js scanning everything, as the original did.
 */
function plannedFilter(filter: FilterNode, expr: ExprNode, limit: Limit | undefined): ExprNode | null {
  const plan = planFilter(filter.expr)
  if (!plan) return null
  const scan: ExprNode = {
    type: 'Filter',
    base: plan.lookup
      ? {
          type: 'FuncCall',
          namespace: 'global',
          name: 'coalesce',
          args: [lookupNode({ mode: 'superset', lookup: plan.lookup }, plan), { type: 'Everything' }],
        }
      : { type: 'Everything' },
    expr,
  }
  if (!plan.checks) return scan
  const exact = lookupNode(
    { mode: 'exact', lookup: plan.lookup, checks: plan.checks, ...(limit ? { limit } : {}) },
    plan,
  )
  return { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [exact, scan] }
}

function rewrite(node: Node, limits: Map<FilterNode, Limit>): Node {
  // A Value holds data, possibly a parameter shaped like a tree: never look inside it.
  if (node.type === 'Value') return node
  const limited = limitOf(node as unknown as ExprNode)
  if (limited) limits.set(limited.filter, limited.limit)
  const copy: Node = { ...node }
  for (const [key, child] of Object.entries(node)) {
    if (Array.isArray(child)) copy[key] = child.map((item) => (isNode(item) ? rewrite(item, limits) : item))
    else if (isNode(child)) copy[key] = rewrite(child, limits)
  }
  if (isEverythingFilter(node as unknown as ExprNode)) {
    const filter = node as unknown as FilterNode
    const planned = plannedFilter(filter, copy.expr as ExprNode, limits.get(filter))
    if (planned) return planned as unknown as Node
  }
  return copy
}

/**
 * The same query with every `*[...]` an index can answer reading from the index instead of
 * scanning the dataset. Plans are made from the original filter expressions; filters nested
 * inside them are planned too.
 */
export function rewriteQuery(tree: ExprNode): ExprNode {
  return rewrite(tree as unknown as Node, new Map()) as unknown as ExprNode
}
