/**
 * What the engine needs of a document: a string `_id` and `_type`, as groq-js's `*` and `->`
 * expect. The caller parses and validates its data; the engine only reads it.
 */
export type GroqDocument = { _id: string; _type: string; [field: string]: unknown }
