import type { ExprNode } from 'groq-js'
import { docPathOf, type DocPath } from './docPath'
import { encodeIdList, encodeScalar } from './slotEncoding'

/**
 * How a `*[...]` filter can be answered without groq-js scanning the dataset.
 *
 * `lookup` names indexes whose documents include every match: each shape below is a NECESSARY
 * condition of the filter being true (`_type == K`, `_id == K`, `slug.current == K`,
 * `<path>._ref == K` or `K in <path>[]._ref`, `references(K…)`). Alone, it narrows the scan and
 * groq-js still evaluates the full filter on what is left.
 *
 * `checks` is set when EVERY condition of the filter can be decided exactly in JavaScript
 * (comparisons of a document path with a constant, `defined(path)`, `references()`, `||` of
 * those; paths may follow `->` and count): the index then returns the filter's result itself.
 *
 * K is anything whose value does not depend on the document being filtered (literals,
 * parameters, `^.x`); its value reaches the index through `slots` (see lookupExpression.ts).
 */
export type LookupKind = 'type' | 'id' | 'slug' | 'refEq' | 'refs'
export type Lookup = { kind: LookupKind; slot: number } | { op: 'and' | 'or'; parts: [Lookup, Lookup] }
export type Check =
  | { test: 'eq' | 'ne' | 'in'; path: DocPath; slot: number }
  | { test: 'compare'; op: '<' | '<=' | '>' | '>='; path: DocPath; slot: number; pathFirst: boolean }
  | { test: 'defined'; path: DocPath }
  | { test: 'refs'; slot: number }
  | { test: 'or'; parts: [Check, Check] }
export type FilterPlan = { slots: ExprNode[]; lookup: Lookup | null; checks: Check[] | null }

/**
 * Steps that pass on their base's value, or part of it: `base[]`, `base[n]`, `base[a..b]`, `(base)`,
 * `base->`, `base[filter]`.
 */
type StepNode = Extract<ExprNode, { type: 'ArrayCoerce' | 'AccessElement' | 'Slice' | 'Group' | 'Deref' | 'Filter' }>
/** Steps that evaluate `expr` on each element of their base: `base[].expr`. */
type MappingNode = Extract<ExprNode, { type: 'Map' | 'FlatMap' }>

function isOneOf<T extends ExprNode>(node: ExprNode, types: readonly T['type'][]): node is T {
  return (types as readonly ExprNode['type'][]).includes(node.type)
}

/**
 * Where a value may come from, told by following its chain of attribute reads, steps and maps
 * back to where it starts. The predicates below walk the same way and differ only in these rows.
 */
interface Reach {
  /** The starts of a chain other than an attribute; `self` is the predicate being defined. */
  start: (node: ExprNode, self: (node: ExprNode) => boolean) => boolean
  /** Whether an attribute with no base (`name`, read off the value in scope) is a start. */
  bareAttribute: boolean
  steps: readonly StepNode['type'][]
  maps: readonly MappingNode['type'][]
  /** What a map's `expr`, evaluated on each element, must satisfy; the predicate itself when unset. */
  mapExpr?: (node: ExprNode) => boolean
}

function reaches(reach: Reach): (node: ExprNode) => boolean {
  const self = (node: ExprNode): boolean => {
    if (node.type === 'AccessAttribute') return node.base === undefined ? reach.bareAttribute : self(node.base)
    if (isOneOf<StepNode>(node, reach.steps)) return self(node.base)
    if (isOneOf<MappingNode>(node, reach.maps)) return self(node.base) && (reach.mapExpr ?? self)(node.expr)
    return reach.start(node, self)
  }
  return self
}

/** Reads only the element a `[]` traversal is at: no `^`, whose meaning differs by scope. */
const isElementLocal = reaches({
  start: (node) => node.type === 'This' || node.type === 'Value',
  bareAttribute: true,
  steps: ['ArrayCoerce', 'AccessElement', 'Slice', 'Group', 'Deref'],
  maps: ['Map'],
})

/**
 * True when the value is the same whichever document the filter is looking at. `^` is allowed:
 * slots are computed in a scope whose parent is the filter's parent (see lookupExpression.ts).
 */
const isOuterConstant = reaches({
  start: (node, self) => {
    if (node.type === 'Value' || node.type === 'Parameter') return true
    if (node.type === 'Parent') return node.n >= 1
    return node.type === 'Array' && node.elements.every((element) => self(element.value))
  },
  bareAttribute: false,
  steps: ['ArrayCoerce', 'AccessElement', 'Slice', 'Group', 'Deref'],
  maps: ['Map'],
  mapExpr: isElementLocal,
})

/** A value taken from inside the current value (or arrays of such values): no joins, no `^`. */
const isSubValue = reaches({
  start: (node) => node.type === 'This',
  bareAttribute: true,
  steps: ['ArrayCoerce', 'AccessElement', 'Slice', 'Group', 'Filter'],
  maps: ['Map', 'FlatMap'],
})

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

function isOwnAttribute(node: ExprNode, name: string): boolean {
  return node.type === 'AccessAttribute' && node.name === name && (node.base === undefined || node.base.type === 'This')
}

function equalityLookup(side: ExprNode): LookupKind | null {
  if (isOwnAttribute(side, '_type')) return 'type'
  if (isOwnAttribute(side, '_id')) return 'id'
  if (side.type === 'AccessAttribute' && side.name === 'current' && side.base && isOwnAttribute(side.base, 'slug'))
    return 'slug'
  return isRefPath(side) ? 'refEq' : null
}

type Analysis = { lookup: Lookup | null; check: Check | null }
const NOTHING: Analysis = { lookup: null, check: null }

function planner() {
  const slots: ExprNode[] = []
  const slot = (node: ExprNode) => slots.push(node) - 1

  function comparison(operator: '==' | '!=', side: ExprNode, constant: ExprNode): Analysis | null {
    if (!isOuterConstant(constant)) return null
    const path = docPathOf(side)
    const kind = operator === '==' ? equalityLookup(side) : null
    if (!path && !kind) return null
    const index = slot(encodeScalar(constant))
    return {
      lookup: kind ? { kind, slot: index } : null,
      check: path ? { test: operator === '==' ? 'eq' : 'ne', path, slot: index } : null,
    }
  }

  function ordering(op: '<' | '<=' | '>' | '>=', left: ExprNode, right: ExprNode): Analysis {
    const leftPath = docPathOf(left)
    const [path, constant, pathFirst] = leftPath ? [leftPath, right, true] : [docPathOf(right), left, false]
    if (!path || !isOuterConstant(constant)) return NOTHING
    return { lookup: null, check: { test: 'compare', op, path, slot: slot(encodeScalar(constant)), pathFirst } }
  }

  function analyze(expr: ExprNode): Analysis {
    switch (expr.type) {
      case 'Group':
        return analyze(expr.base)
      case 'Or': {
        const left = analyze(expr.left)
        const right = analyze(expr.right)
        return {
          lookup: left.lookup && right.lookup ? { op: 'or', parts: [left.lookup, right.lookup] } : null,
          check: left.check && right.check ? { test: 'or', parts: [left.check, right.check] } : null,
        }
      }
      case 'OpCall': {
        if (expr.op === '==' || expr.op === '!=')
          return comparison(expr.op, expr.left, expr.right) ?? comparison(expr.op, expr.right, expr.left) ?? NOTHING
        if (expr.op === '<' || expr.op === '<=' || expr.op === '>' || expr.op === '>=')
          return ordering(expr.op, expr.left, expr.right)
        if (expr.op !== 'in' || !isOuterConstant(expr.left)) return NOTHING
        const path = docPathOf(expr.right)
        const refs = isRefPath(expr.right)
        if (!path && !refs) return NOTHING
        const index = slot(encodeScalar(expr.left))
        return {
          lookup: refs ? { kind: 'refEq', slot: index } : null,
          check: path ? { test: 'in', path, slot: index } : null,
        }
      }
      case 'FuncCall': {
        if (expr.namespace !== 'global') return NOTHING
        if (expr.name === 'references' && expr.args.length > 0 && expr.args.every(isOuterConstant)) {
          const index = slot(encodeIdList(expr.args))
          return { lookup: { kind: 'refs', slot: index }, check: { test: 'refs', slot: index } }
        }
        const path = expr.name === 'defined' && expr.args.length === 1 ? docPathOf(expr.args[0]!) : null
        return path ? { lookup: null, check: { test: 'defined', path } } : NOTHING
      }
      default:
        return NOTHING
    }
  }
  return { slots, analyze }
}

function conjuncts(expr: ExprNode): ExprNode[] {
  if (expr.type === 'And') return [...conjuncts(expr.left), ...conjuncts(expr.right)]
  if (expr.type === 'Group') return conjuncts(expr.base)
  return [expr]
}

/** What indexes can do for a filter expression, or null when nothing: groq-js scans as before. */
export function planFilter(expr: ExprNode): FilterPlan | null {
  const { slots, analyze } = planner()
  const analyses = conjuncts(expr).map(analyze)
  const lookups = analyses.map((analysis) => analysis.lookup).filter((lookup): lookup is Lookup => lookup !== null)
  const lookup = lookups.length ? lookups.reduce((left, right) => ({ op: 'and', parts: [left, right] })) : null
  const checks = analyses.every((analysis) => analysis.check) ? analyses.map((analysis) => analysis.check!) : null
  return lookup || checks ? { slots, lookup, checks } : null
}
