import type { ExprNode } from 'groq-js'
import type { Scalar } from './docPath'

/*
 * A lookup key carries the values of a filter's constants as strings, computed by groq-js in
 * GROQ (there is no other way to get `^.x` out of a running query). These builders write the
 * GROQ that encodes a value without losing its type, and the decoders read it back. A value the
 * encoding cannot carry exactly (an object, a date) makes the whole key null: the filter then
 * runs the ordinary way.
 */

/** Separates the ids of a `references()` list. */
export const ID_SEPARATOR = '\u0002'

const text = (value: string): ExprNode => ({ type: 'Value', value })
const call = (namespace: string, name: string, args: ExprNode[]): ExprNode => ({
  type: 'FuncCall',
  namespace,
  name,
  args,
})
const op = (operator: '==' | '+' | '*', left: ExprNode, right: ExprNode): ExprNode => ({
  type: 'OpCall',
  op: operator,
  left,
  right,
})
const string = (node: ExprNode) => call('global', 'string', [node])
const defined = (node: ExprNode) => call('global', 'defined', [node])
const isString = (node: ExprNode) => op('==', node, string(node))

export const concat = (parts: ExprNode[]): ExprNode => parts.reduce((left, right) => op('+', left, right))
export { text as textNode, call as callNode }

/** "z" for null, "s<text>", "t", "f", "n<number>"; null for anything else. */
export function encodeScalar(value: ExprNode): ExprNode {
  return {
    type: 'Select',
    alternatives: [
      { type: 'SelectAlternative', condition: { type: 'Not', base: defined(value) }, value: text('z') },
      { type: 'SelectAlternative', condition: isString(value), value: concat([text('s'), value]) },
      { type: 'SelectAlternative', condition: op('==', value, { type: 'Value', value: true }), value: text('t') },
      { type: 'SelectAlternative', condition: op('==', value, { type: 'Value', value: false }), value: text('f') },
      // Only a number survives `* 1` unchanged (a date times 1 is null).
      {
        type: 'SelectAlternative',
        condition: op('==', op('*', value, { type: 'Value', value: 1 }), value),
        value: concat([text('n'), string(value)]),
      },
    ],
  }
}

export function decodeScalar(encoded: string): { value: Scalar } | null {
  const tag = encoded[0]
  const rest = encoded.slice(1)
  if (tag === 'z' && rest === '') return { value: null }
  if (tag === 's') return { value: rest }
  if (tag === 't' && rest === '') return { value: true }
  if (tag === 'f' && rest === '') return { value: false }
  if (tag === 'n' && rest !== '' && !Number.isNaN(Number(rest))) return { value: Number(rest) }
  return null
}

// The strings of one `references()` argument: the argument itself when it is a string, its
// string elements when it is an array; anything else holds none (as references() sees it).
function strings(arg: ExprNode): ExprNode {
  return {
    type: 'Filter',
    base: arg,
    expr: { type: 'And', left: defined({ type: 'This' }), right: isString({ type: 'This' }) },
  }
}
const whenString = (arg: ExprNode, then: ExprNode): ExprNode => ({
  type: 'Select',
  alternatives: [{ type: 'SelectAlternative', condition: isString(arg), value: then }],
})

/**
 * The ids `references(args…)` looks for, as "<count>:" followed by the ids joined with
 * ID_SEPARATOR. The count tells the decoder whether an id itself held the separator.
 */
export function encodeIdList(args: ExprNode[]): ExprNode {
  const joined = args.map((arg) =>
    call('global', 'coalesce', [
      call('array', 'join', [strings(arg), text(ID_SEPARATOR)]),
      whenString(arg, arg),
      text(''),
    ]),
  )
  const counts = args.map((arg) =>
    call('global', 'coalesce', [
      call('global', 'count', [strings(arg)]),
      whenString(arg, { type: 'Value', value: 1 }),
      { type: 'Value', value: 0 },
    ]),
  )
  return concat([
    string(concat(counts)),
    text(':'),
    ...joined.flatMap((part, index) => (index ? [text(ID_SEPARATOR), part] : [part])),
  ])
}

/** The ids, exactly, or null when the encoding was ambiguous. */
export function decodeIdList(encoded: string): string[] | null {
  const colon = encoded.indexOf(':')
  const count = Number(encoded.slice(0, colon))
  const joined = encoded.slice(colon + 1)
  if (colon < 1 || !Number.isInteger(count)) return null
  if (count === 0) return joined.split(ID_SEPARATOR).every((part) => part === '') ? [] : null
  const ids = joined.split(ID_SEPARATOR)
  return ids.length === count ? ids : null
}
