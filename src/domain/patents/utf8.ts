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

/** The least code point a sequence of 1 + k bytes may hold: a smaller one is an overlong form. */
const LEAST = [0, 0x80, 0x800, 0x10000] as const

/** Whether bytes[at + 1, at + n] are continuation bytes (10xxxxxx). */
function continued(bytes: Uint8Array, at: number, n: number): boolean {
  for (let k = 1; k <= n; k++) if (((bytes[at + k] ?? 0) & 0xc0) !== 0x80) return false
  return true
}

/**
 * The UTF-16 units of `bytes[start, end)` written into `units` from `n`: the new end, or -1 if the
 * bytes are not well-formed UTF-8 (overlong forms, surrogates, beyond U+10FFFF, cut sequences).
 */
function decodeUnits(bytes: Uint8Array, start: number, end: number, units: Uint16Array, from: number): number {
  let n = from
  for (let i = start; i < end;) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      units[n++] = b
      i++
      continue
    }
    const more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (more === 0 || i + more >= end || !continued(bytes, i, more)) return -1
    let c = b & (0x3f >> more)
    for (let k = 1; k <= more; k++) c = (c << 6) | ((bytes[i + k] ?? 0) & 0x3f)
    if (c < (LEAST[more] ?? 0) || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return -1
    if (c < 0x10000) units[n++] = c
    else {
      units[n++] = 0xd800 + ((c - 0x10000) >> 10)
      units[n++] = 0xdc00 + ((c - 0x10000) & 0x3ff)
    }
    i += more + 1
  }
  return n
}

/** A call's arguments are bounded: a long text is made in pieces. */
const PIECE = 8192

function textOfUnits(units: Uint16Array, n: number): string {
  const pieces: string[] = []
  for (let at = 0; at < n; at += PIECE)
    pieces.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + PIECE)) as unknown as number[]))
  return pieces.join('')
}

/**
 * The texts held back to back in `bytes` from `start`, text i ending at byte `ends[i]` (from
 * `start`), or the index of the first one that is not well-formed UTF-8. Made as one string and
 * cut: a million texts make no million buffers.
 */
export function readUtf8List(bytes: Uint8Array, start: number, ends: Uint32Array): string[] | number {
  const total = ends.length ? (ends[ends.length - 1] ?? 0) : 0
  const units = new Uint16Array(total)
  const unitEnds = new Uint32Array(ends.length)
  let n = 0
  let from = start
  for (let i = 0; i < ends.length; i++) {
    const to = start + (ends[i] ?? 0)
    n = decodeUnits(bytes, from, to, units, n)
    if (n < 0) return i
    unitEnds[i] = n
    from = to
  }
  const whole = textOfUnits(units, n)
  const out = new Array<string>(ends.length)
  let at = 0
  for (let i = 0; i < ends.length; i++) {
    const to = unitEnds[i] ?? 0
    out[i] = whole.slice(at, to)
    at = to
  }
  return out
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
