/** Text encodings a statistics office's files come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type Sniffed =
  | { readonly text: true; readonly encoding: TextEncoding | 'utf-8?'; readonly bom: number }
  | { readonly text: false; readonly kind: string }

const MAGIC: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP / XLSX'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'XLS / DOC'],
  [[0x1f, 0x8b], 'GZIP'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7Z'],
  [[0x42, 0x4d], 'BMP'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF'],
]

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b)

/**
 * Decides from a file's first bytes how to read it: a byte-order mark names the encoding; a known
 * binary signature or NUL bytes mean it is not text at all; otherwise UTF-8 is tried first.
 */
export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { text: true, encoding: 'utf-8', bom: 3 }
  if (startsWith(head, [0xff, 0xfe])) return { text: true, encoding: 'utf-16le', bom: 2 }
  if (startsWith(head, [0xfe, 0xff])) return { text: true, encoding: 'utf-16be', bom: 2 }
  for (const [sig, kind] of MAGIC) if (head.length >= sig.length && startsWith(head, sig)) return { text: false, kind }
  const sample = head.subarray(0, 4096)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) evenNul++
    else oddNul++
  }
  const half = sample.length / 2
  // UTF-16 without a mark: every other byte of ASCII text is NUL.
  if (oddNul > half * 0.3 && evenNul === 0) return { text: true, encoding: 'utf-16le', bom: 0 }
  if (evenNul > half * 0.3 && oddNul === 0) return { text: true, encoding: 'utf-16be', bom: 0 }
  if (evenNul + oddNul > 0) return { text: false, kind: 'binary' }
  return { text: true, encoding: 'utf-8?', bom: 0 }
}

/**
 * Decodes a byte stream chunk by chunk. A character split across two chunks is held back until
 * its last byte arrives (TextDecoder's stream mode), so no chunk boundary ever breaks one.
 * With `fatal`, invalid bytes throw instead of turning into U+FFFD.
 */
export class StreamDecoder {
  private readonly decoder: TextDecoder
  constructor(
    readonly encoding: TextEncoding,
    fatal = true,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal, ignoreBOM: false })
  }
  push(chunk: Uint8Array): string {
    return this.decoder.decode(chunk, { stream: true })
  }
  end(): string {
    return this.decoder.decode()
  }
}
