/**
 * UTF-8 by hand: the domain runs where no TextEncoder is declared (the language's library only),
 * and the records file must read the same in the page, the worker and the server.
 */

/** `text` as UTF-8 appended to `out` from `at`; an unpaired surrogate becomes U+FFFD, as TextEncoder does. Returns the end. */
export function writeUtf8(text: string, out: Uint8Array, at: number): number {
  let o = at
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      out[o++] = c
      continue
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1)
      if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00)
        i++
      } else c = 0xfffd
    }
    if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6)
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12)
      out[o++] = 0x80 | ((c >> 6) & 0x3f)
    } else {
      out[o++] = 0xf0 | (c >> 18)
      out[o++] = 0x80 | ((c >> 12) & 0x3f)
      out[o++] = 0x80 | ((c >> 6) & 0x3f)
    }
    out[o++] = 0x80 | (c & 0x3f)
  }
  return o
}

const units = new Uint16Array(4096)

/** A code point's bytes after the lead, and the least code point that needs them (shorter forms are overlong). */
function sequence(lead: number): [number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80]
  if (lead >= 0xe0 && lead <= 0xef) return [2, 0x800]
  if (lead >= 0xf0 && lead <= 0xf4) return [3, 0x10000]
  return undefined
}

/** One code point from `at`: [code point, next offset], or undefined for a byte sequence UTF-8 forbids. */
function codePointAt(bytes: Uint8Array, at: number, end: number): [number, number] | undefined {
  const lead = bytes[at] ?? 0
  if (lead < 0x80) return [lead, at + 1]
  const s = sequence(lead)
  if (!s || at + s[0] >= end) return undefined
  let c = lead & (0x3f >> s[0])
  for (let k = 1; k <= s[0]; k++) {
    const b = bytes[at + k] ?? 0
    if ((b & 0xc0) !== 0x80) return undefined
    c = (c << 6) | (b & 0x3f)
  }
  if (c < s[1] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined
  return [c, at + s[0] + 1]
}

/** The text of `bytes[start, end)`, or undefined if it is not well-formed UTF-8. */
export function readUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  let text = ''
  let n = 0
  for (let i = start; i < end;) {
    const point = codePointAt(bytes, i, end)
    if (!point) return undefined
    const [c] = point
    i = point[1]
    if (n > units.length - 2) {
      text += String.fromCharCode(...units.subarray(0, n))
      n = 0
    }
    if (c < 0x10000) units[n++] = c
    else {
      units[n++] = 0xd800 + ((c - 0x10000) >> 10)
      units[n++] = 0xdc00 + ((c - 0x10000) & 0x3ff)
    }
  }
  return text + String.fromCharCode(...units.subarray(0, n))
}

/** How many bytes `text` takes as UTF-8 (an unpaired surrogate as U+FFFD's three). */
export function utf8Length(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) n += 1
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2
      i++
    } else n += 2
  }
  return n
}
