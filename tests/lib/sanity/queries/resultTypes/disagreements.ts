// Compares, at the type level, what a GROQ query returns (the type `sanity typegen` generates from
// the schema) with what its zod schema accepts (z.input). Sanity fields are always optional, so the
// generated types are nullable almost everywhere while the schemas require what a page cannot do
// without; that difference is the point of validating, not a disagreement. Nor is a key the query
// returns and the schema drops (a field projected to sort by, a document's _type). What is one is
// a schema the query cannot satisfy:
//   - a key the schema reads that the query never returns (a typo, a renamed field);
//   - a value that is always null (typegen's sign of a projection naming no schema field);
//   - a different kind of value (a list against an object, a number against a string).
// `z.unknown()` in a schema means "checked later, item by item": those places are compared
// separately, against the item schema.

type Defined<T> = Exclude<T, null | undefined>
type Keys<T> = T extends unknown ? keyof T : never
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: 0 } & string

type ObjectDisagreements<G, AllG, Z, P extends string> = {
  [K in KnownKeys<Z>]: K extends Keys<AllG>
    ? K extends keyof G
      ? Compare<G[K], Z[K], `${P}.${K}`>
      : never
    : `${P}.${K}: the schema reads it, the query never returns it`
}[KnownKeys<Z>]

type One<G, AllG, Z, P extends string> = G extends readonly (infer GI)[]
  ? Z extends readonly (infer ZI)[]
    ? Compare<GI, ZI, `${P}[]`>
    : `${P}: the query returns a list, the schema expects something else`
  : G extends object
    ? Z extends readonly unknown[]
      ? `${P}: the query returns an object, the schema expects a list`
      : Z extends object
        ? ObjectDisagreements<G, AllG, Z, P>
        : `${P}: the query returns an object, the schema expects a value`
    : [G] extends [Z]
      ? never
      : [Z] extends [G]
        ? never
        : `${P}: the query returns another kind of value than the schema expects`

/** Every path where the generated result type G and the schema input Z disagree; never when they agree. */
export type Disagreements<G, Z, P extends string = '$'> = Compare<G, Z, P>

type Compare<G, Z, P extends string> = unknown extends Z
  ? never
  : [Defined<G>] extends [never]
    ? `${P}: the query always returns null here (does the projection name a field of the Sanity schema?)`
    : EachMember<Defined<G>, Defined<G>, Defined<Z>, P>

// Compares each member of a union on its own, but a key counts as returned if any member has it.
type EachMember<G, AllG, Z, P extends string> = G extends unknown ? One<G, AllG, Z, P> : never

/**
 * Compiles only when there is nothing to report; otherwise tsc prints the disagreeing paths.
 * Write `Agree<Disagreements<…> & string>`: the `& string` makes the error list the messages
 * themselves rather than the name of the type that holds them.
 */
export type Agree<T extends never> = T
