import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { readFile, type OpenBytes, type ReadResult } from '@/io/import/readFile'
import type { Mapping } from '@/domain/import/mapping'
import type { Catalogue } from '@/domain/catalogue'
import { loadEmbedded } from './embedded'

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/import')

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom'

/** A fixture's text as the bytes a given program writes: Chinese Excel's GBK, Excel's "Unicode text" UTF-16… */
export function fixtureBytes(name: string, encoding: FixtureEncoding = 'utf-8'): Uint8Array {
  const text = readFileSync(resolve(dir, name), 'utf8')
  return encode(text, encoding)
}

export function encode(text: string, encoding: FixtureEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'))
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
    case 'gbk':
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, encoding))
    case 'utf-16le-bom':
      return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }))
    case 'utf-16be-bom':
      return new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }))
  }
}

/** The bytes as a stream of chunks of `size` (small sizes cut characters and rows apart). */
function chunked(bytes: Uint8Array, size: number): OpenBytes {
  return function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
  }
}

export interface ReadBytesOptions {
  readonly fileName?: string
  readonly chunkSize?: number
  readonly mapping?: Mapping
  readonly catalogue?: Catalogue
}

/** Reads bytes the way the import worker does, with the embedded catalogue and 衡阳市 as home. */
export function readBytes(bytes: Uint8Array, options: ReadBytesOptions = {}): Promise<ReadResult> {
  const catalogue = options.catalogue ?? loadEmbedded().catalogue
  return readFile(chunked(bytes, options.chunkSize ?? 64 * 1024), {
    context: { catalogue, homeRegion: '衡阳市', fileName: options.fileName ?? 'upload.csv' },
    mapping: options.mapping,
  })
}

export function readFixture(name: string, encoding: FixtureEncoding = 'utf-8', options: ReadBytesOptions = {}) {
  return readBytes(fixtureBytes(name, encoding), { fileName: name, ...options })
}
