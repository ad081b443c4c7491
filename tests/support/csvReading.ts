/**
 * Reading CSV text alone, ours against PapaParse and uDSV in one process, on the same text: used by
 * the benchmark (`npm run bench`) and by the CI budget on the ratio, so both measure the same thing.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { guessDialect } from '@/domain/csv/dialect'
import { tokenizeCsv } from '@/domain/csv/tokenizer'
import { StreamDecoder } from '@/io/csv/decode'
import { CsvRowStream } from '@/io/csv/csvStream'
import { cpuTime, papaStrings, udsvStrings } from './ingest'

// What a browser's File stream hands over at a time.
const CHUNK = 64 * 1024

// A full collection before each run, so that none pays for the garbage of the one before.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** The text the import worker decodes from each chunk of the bytes. */
function decodedChunks(bytes: Uint8Array): string[] {
  const decoder = new StreamDecoder('utf-8')
  const texts: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) texts.push(decoder.push(bytes.subarray(i, i + CHUNK)))
  texts.push(decoder.end())
  return texts
}

/** Our reader as the import worker runs it: the decoded chunks streamed, the dialect guessed. */
function oursRows(texts: readonly string[]): number {
  let rows = 0
  const stream = new CsvRowStream((batch) => (rows += batch.length))
  for (const text of texts) stream.push(text)
  stream.end()
  return rows
}

/** Our tokenizer as PapaParse and uDSV are run: the whole text at once, every row kept in one array. */
const oursWhole = (text: string) => tokenizeCsv(text, guessDialect(text.slice(0, CHUNK)), true).rows.length

export interface CsvReading {
  /** CPU time (ms) of each run: ours streamed as the import reads, ours on the whole text, PapaParse, uDSV. */
  readonly ours: number[]
  readonly oursWhole: number[]
  readonly papa: number[]
  readonly udsv: number[]
  /** Each round's PapaParse time over ours, streamed and whole, and uDSV's: above 1, ours is faster. */
  readonly vsPapa: number[]
  readonly wholeVsPapa: number[]
  readonly vsUdsv: number[]
}

/**
 * Times the readers `rounds` times on the same bytes: ours as the import worker reads them, the
 * decoded chunks streamed (no row kept), and on the whole text (every row kept); PapaParse and uDSV
 * are handed the whole decoded text, as their users hand it. Decoding is timed for none of them.
 * Times are CPU times, which leave out the time a busy machine makes a process wait; each run starts
 * on a collected heap, and each round runs the readers in another order. An untimed round has their
 * code compiled and optimised first.
 */
export async function measureCsvReading(bytes: Uint8Array, rounds: number): Promise<CsvReading> {
  const text = new TextDecoder().decode(bytes)
  const texts = decodedChunks(bytes)
  const readers = [() => oursRows(texts), () => oursWhole(text), () => papaStrings(text), () => udsvStrings(text)]
  const times: number[][] = readers.map(() => [])
  for (const read of readers) read()
  const vsPapa: number[] = []
  const wholeVsPapa: number[] = []
  const vsUdsv: number[] = []
  for (let r = 0; r < rounds; r++) {
    const round = readers.map(() => 0)
    for (let k = 0; k < readers.length; k++) {
      const which = (r + k) % readers.length
      collect()
      round[which] = await cpuTime(times[which] as number[], () => readers[which]?.())
    }
    const [ours, whole, papa, udsv] = round as [number, number, number, number]
    vsPapa.push(papa / ours)
    wholeVsPapa.push(papa / whole)
    vsUdsv.push(udsv / ours)
  }
  const [ours, whole, papa, udsv] = times as [number[], number[], number[], number[]]
  return { ours, oursWhole: whole, papa, udsv, vsPapa, wholeVsPapa, vsUdsv }
}
