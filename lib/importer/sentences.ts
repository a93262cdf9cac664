// A sentence ends at . ! ? or … (closing quotes and brackets belong to it) before white space.
const SENTENCE_END = /(?<=[.!?…]["”’')\]]*)\s+/u

/** Splits prose into sentences; good enough for excerpts and for checking text was not lost or doubled. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}
