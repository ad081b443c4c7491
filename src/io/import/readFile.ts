import type { ImportContext } from '@/domain/import/context'
import { LIMITS, type BeyondLimit } from '@/domain/import/limits'
import type { Mapping } from '@/domain/import/mapping'
import type { NormalisedFile } from '@/domain/import/normalise'
import { createImport } from '@/domain/import/pipeline'
import { CsvRowStream } from '../csv/csvStream'
import { sniff, StreamDecoder, type TextEncoding } from '../csv/decode'

export interface ReadOptions {
  readonly context: ImportContext
  readonly mapping?: Mapping
  /** Bytes read so far, for a progress bar. */
  readonly onProgress?: (bytes: number) => void
  /** Checked between chunks: a cancelled read stops at once. */
  readonly cancelled?: () => boolean
  /** Lets the caller's event loop run between chunks (a worker must, to hear "cancel"). */
  readonly breathe?: () => Promise<void>
}

export type ReadResult =
  | ({
      readonly ok: true
      readonly encoding: TextEncoding
      readonly bom: boolean
      readonly delimiter: string
      readonly bytes: number
    } & NormalisedFile)
  | { readonly ok: false; readonly reason: 'notText'; readonly kind: string }
  | { readonly ok: false; readonly reason: 'decodeFailed'; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: 'cancelled' }
  | ({ readonly ok: false; readonly reason: 'beyondLimits' } & BeyondLimit)

const SNIFF_BYTES = 4096

class Cancelled extends Error {}
class NotUtf8 extends Error {}
class Beyond extends Error {
  constructor(readonly where: BeyondLimit) {
    super(where.limit)
  }
}

/**
 * Reads a file from its bytes to checked figures: sniffs the encoding (BOM, else strict UTF-8,
 * else GB18030, which covers GBK), decodes as it streams, splits CSV rows, and normalises them.
 * `open` gives the bytes from the start again, for the rare file that only proves not to be
 * UTF-8 past its first chunk.
 */
/** The bytes of a file, from the start, in chunks (a File's stream, or a test's array). */
export type OpenBytes = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>

export async function readFile(open: OpenBytes, options: ReadOptions): Promise<ReadResult> {
  // The first few kilobytes decide the encoding, however small the chunks arrive.
  const head: Uint8Array[] = []
  let headLength = 0
  for await (const chunk of open()) {
    head.push(chunk)
    headLength += chunk.length
    if (headLength >= SNIFF_BYTES) break
  }
  if (headLength === 0) return finishEmpty(options)
  const first = new Uint8Array(headLength)
  let at = 0
  for (const chunk of head) {
    first.set(chunk, at)
    at += chunk.length
  }
  const sniffed = sniff(first)
  if (!sniffed.text) return { ok: false, reason: 'notText', kind: sniffed.kind }
  const attempts: TextEncoding[] = sniffed.encoding === 'utf-8?' ? ['utf-8', 'gb18030'] : [sniffed.encoding]
  for (const encoding of attempts) {
    try {
      return await readAs(open, encoding, sniffed.bom > 0, options)
    } catch (e) {
      if (e instanceof Cancelled) return { ok: false, reason: 'cancelled' }
      if (e instanceof Beyond) return { ok: false, reason: 'beyondLimits', ...e.where }
      if (e instanceof NotUtf8) continue
      if (e instanceof TypeError) return { ok: false, reason: 'decodeFailed', encoding }
      throw e
    }
  }
  return { ok: false, reason: 'decodeFailed', encoding: 'gb18030' }
}

function finishEmpty(options: ReadOptions): ReadResult {
  const result = createImport(options.context, options.mapping).finish()
  return { ok: true, encoding: 'utf-8', bom: false, delimiter: ',', bytes: 0, ...result }
}

async function readAs(
  open: OpenBytes,
  encoding: TextEncoding,
  bom: boolean,
  options: ReadOptions,
): Promise<ReadResult> {
  const decoder = new StreamDecoder(encoding, true)
  const pipeline = createImport(options.context, options.mapping)
  const csv = new CsvRowStream((rows) => pipeline.push(rows))
  // The first place the file crosses a limit ends the read: nothing past it is parsed.
  const stopBeyondLimits = () => {
    if (csv.tooLongRow !== null)
      throw new Beyond({ limit: 'lineChars', row: csv.tooLongRow, size: LIMITS.lineChars, max: LIMITS.lineChars })
    if (pipeline.beyond) throw new Beyond(pipeline.beyond)
  }
  let bytes = 0
  let firstText = true
  for await (const chunk of open()) {
    await options.breathe?.()
    if (options.cancelled?.()) throw new Cancelled()
    let text: string
    try {
      text = decoder.push(chunk)
    } catch (e) {
      // Not UTF-8 after all: start again as GB18030.
      if (encoding === 'utf-8' && !bom) throw new NotUtf8()
      throw e
    }
    if (firstText && text) {
      // TextDecoder drops a UTF-8/UTF-16 BOM itself; a stray U+FEFF left at the start is dropped here.
      text = text.replace(/^\uFEFF/, '')
      firstText = false
    }
    csv.push(text)
    stopBeyondLimits()
    bytes += chunk.length
    options.onProgress?.(bytes)
  }
  try {
    csv.push(decoder.end())
  } catch (e) {
    if (encoding === 'utf-8' && !bom) throw new NotUtf8()
    throw e
  }
  csv.end()
  stopBeyondLimits()
  const result = pipeline.finish()
  const problems =
    csv.unclosedQuoteRow === null
      ? result.problems
      : [{ severity: 'error' as const, code: 'unclosedQuote' as const, row: csv.unclosedQuoteRow }, ...result.problems]
  return {
    ok: true,
    encoding,
    bom,
    delimiter: csv.dialect?.delimiter ?? ',',
    bytes,
    ...result,
    problems,
    errorCount: result.errorCount + (csv.unclosedQuoteRow === null ? 0 : 1),
  }
}
