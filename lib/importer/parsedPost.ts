import type { Language } from '../i18n/languages'
import type { ParsedImage, ParsedObject, TextBlock } from './portableText'

/**
 * What every format parser produces: a title and a flat run of elements in reading order.
 * Structure detection (structure.ts) turns the run into intro, sections, FAQs and conclusion,
 * so the rules for what a section is live in one place for all formats.
 */
export type Element =
  | {
      kind: 'heading'
      text: string
      /** 2, 3 or 4 when the markup says so; undefined when plain text leaves it to be inferred. */
      level: 2 | 3 | 4 | undefined
      /** Old ids of this heading (e.g. WordPress Easy-TOC) that links may still use. */
      aliases: string[]
      where: string
    }
  | { kind: 'block'; block: TextBlock; text: string; where: string }
  | { kind: 'image'; image: ParsedImage; where: string }
  /** A table, code, gallery, definition list or embed: content, but never a heading or a marker. */
  | { kind: 'object'; object: ParsedObject; where: string }
  /** A question the markup itself marks as one (Yoast's FAQ block): it opens the FAQ block if none is open. */
  | { kind: 'question'; text: string; where: string }

/** Facts about a post that come from outside its body: a sidecar file or the WXR item. */
export interface PostMeta {
  publishedAt?: string
  updatedAt?: string
  /** Slug of the author person. */
  author?: string
  /** Slugs of the topics. */
  topics?: string[]
  legacyUrls?: string[]
  /** The author's own excerpt (WordPress has one); otherwise it is derived from the intro. */
  excerpt?: string
  mainImage?: ParsedImage
  /** The post's language: from the sidecar or the WXR's Polylang/WPML data, else `--language`. */
  language?: Language
  /** For a translation: the slug of the default-language article it translates (sidecar `translationOf`). */
  translationOf?: string
}

export interface ParsedPost {
  title: string
  slug: string
  elements: Element[]
  meta: PostMeta
}
