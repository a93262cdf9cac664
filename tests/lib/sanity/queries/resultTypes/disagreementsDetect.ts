// The comparison itself, proven on small cases: each @ts-expect-error line must fail to compile
// (tsc reports an unused directive otherwise), and the lines without one must compile.
import type { Agree, Disagreements } from './disagreements'

// Named so each case stays on the one line its @ts-expect-error applies to.
type UnionBody = { body: ({ _type: 'block'; text: string } | { _type: 'image'; url: number })[] }
type PartlyKeyed = ({ _type: 'a' } | { _type: 'b'; extra: string })[]

export type Detects = [
  // @ts-expect-error the schema reads a key the query never returns (a renamed or misspelled field)
  Agree<Disagreements<{ title: string | null }, { title: string; excerpt?: string | null }> & string>,
  // @ts-expect-error the query always returns null (its projection names no field of the schema)
  Agree<Disagreements<{ excerpt: null }, { excerpt?: string | null }> & string>,
  // @ts-expect-error a number where the schema expects a string
  Agree<Disagreements<{ count: number | null }, { count: string }> & string>,
  // @ts-expect-error a list where the schema expects one object
  Agree<Disagreements<{ author: { name: string }[] }, { author: { name: string } }> & string>,
  // @ts-expect-error the mismatch is found deep inside lists of unions
  Agree<Disagreements<UnionBody, { body: { _type: string; url?: string }[] }> & string>,
]

export type Accepts = [
  // Nullable in the query, required by the schema: that is what runtime validation is for.
  Agree<Disagreements<{ title: string | null } | null, { title: string }> & string>,
  // Keys the schema does not read, literal types, "checked later" unknowns, loose objects.
  Agree<Disagreements<{ _type: 'faq'; question: string; order: number }, { _type: string; question: string }> & string>,
  Agree<Disagreements<{ items: { a: number }[] }, { items: unknown }> & string>,
  Agree<Disagreements<{ _type: 'block'; style: 'h3' }, { _type: string; [key: string]: unknown }> & string>,
  // A key only some members of a union carry, read as optional.
  Agree<Disagreements<PartlyKeyed, { _type: string; extra?: string | null }[]> & string>,
]
