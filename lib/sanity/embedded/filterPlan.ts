import type { AccessAttributeNode, ExprNode } from 'groq-js'

/**
 * Which index can answer a `*[...]` filter. Every shape below is a NECESSARY condition of the
 * filter being true for a document, so the documents a lookup returns always include every
 * match; groq-js still evaluates the full filter over them, which keeps results identical.
 *
 * - `type`, `id`, `slug`: `_type == K`, `_id == K`, `slug.current == K`
 * - `refEq`: `<path>._ref == K` or `K in <path>[]._ref`, the path staying inside the document
 * - `refs`: `references(K, ...)`
 *
 * K is any expression whose value does not depend on the document being filtered (literals,
 * parameters, `^.x`), so it can be computed once, before the scan, in the enclosing scope.
 */
export type LookupKind = 'type' | 'id' | 'slug' | 'refEq' | 'refs'
export type Plan = { kind: LookupKind; keys: ExprNode[] } | { op: 'and' | 'or'; parts: [Plan, Plan] }

/**
 * True when the value is the same whichever document the filter is looking at. `^` is allowed:
 * the lookup key is computed in a scope whose parent is the filter's parent (see lookupKey.ts).
 */
function isOuterConstant(node: ExprNode): boolean {
  switch (node.type) {
    case 'Value':
    case 'Parameter':
      return true
    case 'Parent':
      return node.n >= 1
    case 'AccessAttribute':
      return node.base !== undefined && isOuterConstant(node.base)
    case 'ArrayCoerce':
    case 'AccessElement':
    case 'Slice':
    case 'Group':
    case 'Deref':
      return isOuterConstant(node.base)
    case 'Map':
      return isOuterConstant(node.base) && isElementLocal(node.expr)
    case 'Array':
      return node.elements.every((element) => isOuterConstant(element.value))
    default:
      return false
  }
}

/** Reads only the element a `[]` traversal is at: no `^`, whose meaning differs by scope. */
function isElementLocal(node: ExprNode): boolean {
  switch (node.type) {
    case 'This':
    case 'Value':
      return true
    case 'AccessAttribute':
      return node.base === undefined || isElementLocal(node.base)
    case 'ArrayCoerce':
    case 'AccessElement':
    case 'Slice':
    case 'Group':
    case 'Deref':
      return isElementLocal(node.base)
    case 'Map':
      return isElementLocal(node.base) && isElementLocal(node.expr)
    default:
      return false
  }
}

/** A value taken from inside the current value (or arrays of such values): no joins, no `^`. */
function isSubValue(node: ExprNode): boolean {
  switch (node.type) {
    case 'This':
      return true
    case 'AccessAttribute':
      return node.base === undefined || isSubValue(node.base)
    case 'ArrayCoerce':
    case 'AccessElement':
    case 'Slice':
    case 'Group':
    case 'Filter':
      return isSubValue(node.base)
    case 'Map':
    case 'FlatMap':
      return isSubValue(node.base) && isSubValue(node.expr)
    default:
      return false
  }
}

/** The value of a `_ref` attribute inside the document, or an array of such values. */
function isRefPath(node: ExprNode): boolean {
  switch (node.type) {
    case 'AccessAttribute':
      return node.name === '_ref' && (node.base === undefined || isSubValue(node.base))
    case 'Group':
      return isRefPath(node.base)
    case 'Map':
      return isSubValue(node.base) && isRefPath(node.expr)
    default:
      return false
  }
}

function isOwnAttribute(node: ExprNode, name: string): node is AccessAttributeNode {
  return node.type === 'AccessAttribute' && node.name === name && (node.base === undefined || node.base.type === 'This')
}

function isSlugCurrent(node: ExprNode): boolean {
  return node.type === 'AccessAttribute' && node.name === 'current' && node.base !== undefined && isOwnAttribute(node.base, 'slug')
}

function equalityPlan(side: ExprNode, other: ExprNode): Plan | null {
  if (!isOuterConstant(other)) return null
  if (isOwnAttribute(side, '_type')) return { kind: 'type', keys: [other] }
  if (isOwnAttribute(side, '_id')) return { kind: 'id', keys: [other] }
  if (isSlugCurrent(side)) return { kind: 'slug', keys: [other] }
  if (isRefPath(side)) return { kind: 'refEq', keys: [other] }
  return null
}

/** The lookup that narrows a filter expression, or null when it has to scan everything. */
export function planFilter(expr: ExprNode): Plan | null {
  switch (expr.type) {
    case 'Group':
      return planFilter(expr.base)
    case 'And': {
      const left = planFilter(expr.left)
      const right = planFilter(expr.right)
      if (left && right) return { op: 'and', parts: [left, right] }
      return left ?? right
    }
    case 'Or': {
      const left = planFilter(expr.left)
      const right = planFilter(expr.right)
      return left && right ? { op: 'or', parts: [left, right] } : null
    }
    case 'OpCall':
      if (expr.op === '==') return equalityPlan(expr.left, expr.right) ?? equalityPlan(expr.right, expr.left)
      if (expr.op === 'in' && isOuterConstant(expr.left) && isRefPath(expr.right)) return { kind: 'refEq', keys: [expr.left] }
      return null
    case 'FuncCall':
      if (expr.namespace === 'global' && expr.name === 'references' && expr.args.length > 0 && expr.args.every(isOuterConstant)) {
        return { kind: 'refs', keys: expr.args }
      }
      return null
    default:
      return null
  }
}
