import { parseBulletin } from '@/domain/bulletin/bulletin'
import { readBulletinText, type BulletinTextContext } from '@/domain/bulletin/bulletinText'
import type { BulletinFileReading } from './bulletinTypes'
import { sniff } from '../csv/decode'

/** A text file's words: UTF-8 (with or without a mark) or the GB18030 that Chinese Windows saves. */
function decodeText(bytes: Uint8Array): string | null {
  const sniffed = sniff(bytes.subarray(0, 4096))
  if (!sniffed.text) return null
  const body = bytes.subarray(sniffed.bom)
  if (sniffed.encoding !== 'utf-8?') return new TextDecoder(sniffed.encoding).decode(body)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('gb18030').decode(body)
  }
}

/** A Word file's paragraphs as lines (mammoth, loaded only when a Word file is chosen). */
async function docxText(bytes: Uint8Array): Promise<BulletinFileReading | string> {
  const { default: mammoth } = await import('mammoth')
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    // The browser's build of mammoth reads `arrayBuffer`, Node's (in tests and the bench) `buffer`.
    const input = { arrayBuffer: buffer, buffer }
    const { value } = await mammoth.extractRawText(input)
    return value.trim() ? value : { ok: false, failure: 'docxNoText' }
  } catch (e) {
    return { ok: false, failure: 'docxUnreadable', detail: e instanceof Error ? e.message : String(e) }
  }
}

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''

/**
 * Reads a bulletin from a file: `.md` in the project's bulletin format as it is, `.txt` and `.docx`
 * as the office's text. `text` (a paste) is read like a `.txt`.
 */
export async function readBulletinSource(
  source: { readonly name: string; readonly bytes: Uint8Array } | { readonly text: string },
  ctx: BulletinTextContext,
): Promise<BulletinFileReading> {
  if ('text' in source) return readBulletinText(source.text, ctx)
  const ext = extensionOf(source.name)
  if (ext === 'docx') {
    const text = await docxText(source.bytes)
    return typeof text === 'string' ? readBulletinText(text, ctx) : text
  }
  if (ext !== 'md' && ext !== 'txt') return { ok: false, failure: 'unknownType', detail: ext }
  const text = decodeText(source.bytes)
  if (text === null) return { ok: false, failure: 'notText' }
  if (ext === 'txt') return readBulletinText(text, ctx)
  const parsed = parseBulletin(text, source.name)
  if (parsed.bulletin) return { ok: true, bulletin: parsed.bulletin }
  const first = parsed.problems[0]
  return { ok: false, failure: 'badFormat', detail: `${first?.row ?? ''}: ${String(first?.params?.reason ?? '')}` }
}
