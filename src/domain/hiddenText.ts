/**
 * Characters a name may not hold, because nobody sees them: zero-width and invisible format
 * characters (U+200B–200F, U+2060–2064, U+FEFF), the Arabic letter mark (U+061C), bidirectional
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), tag characters (U+E0000–E007F,
 * written in UTF-16 as U+DB40 and a low surrogate), and unpaired surrogates, which are no character
 * at all: UTF-8 cannot hold one, so it would be written as U+FFFD. A name with any of them reads
 * like another name and is stored as a different one, or two names would become one on disk.
 * Free text (notes, summaries) may hold them: a zero-width joiner belongs to many an emoji.
 */
const HIDDEN =
  /[\u200b-\u200f\u2060-\u2064\ufeff\u061c\u202a-\u202e\u2066-\u2069]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const codePointName = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

export interface HiddenCharacter {
  /** The first such character, as U+XXXX. */
  readonly char: string
  /** The text with each such character shown as ⟨U+XXXX⟩, so a message can point at it. */
  readonly shown: string
}

/** The first character of `text` a name may not hold, or null. */
export function hiddenCharacter(text: string): HiddenCharacter | null {
  const first = HIDDEN.exec(text)
  if (!first) return null
  return {
    char: codePointName(first[0]),
    shown: text.replace(new RegExp(HIDDEN.source, 'g'), (c) => `⟨${codePointName(c)}⟩`),
  }
}
