/**
 * The import pipeline measured against PapaParse in one process, on the same bytes: used by the
 * benchmark (`npm run bench`) and by the CI budget on the ratio, so both measure the same thing.
 */
import Papa from 'papaparse'
import { inferSchema, initParser } from 'udsv'
import { performance } from 'node:perf_hooks'
import type { Catalogue } from '@/domain/catalogue'
import { columnsLayer } from '@/domain/columns'
import { Dataset } from '@/domain/dataset'
import { diffAgainst } from '@/domain/import/diff'
import { readFile } from '@/io/import/readFile'

// What a browser's File stream hands over at a time.
const CHUNK = 64 * 1024

/**
 * Everything an import does to a file before its figures can be charted: decode, parse, normalise,
 * validate (problems, then the diff against the current figures), and index (the dataset the
 * charts query). Returns the number of figures indexed.
 */
async function importPipeline(bytes: Uint8Array, catalogue: Catalogue, homeRegion = '衡阳市'): Promise<number> {
  const result = await readFile(
    function* () {
      for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
    },
    { context: { catalogue, homeRegion, fileName: 'bench.csv' } },
  )
  if (!result.ok) throw new Error(`not read: ${result.reason}`)
  if (result.errorCount > 0)
    throw new Error(`${result.errorCount} problems, first: ${JSON.stringify(result.problems[0])}`)
  diffAgainst(result.columns, [], catalogue)
  await Dataset.layered([columnsLayer(result.columns)], catalogue)
  return result.columns.length
}

/** Raw PapaParse: every field a string, no header. */
export const papaStrings = (text: string) => Papa.parse<string[]>(text).data.length

/** PapaParse as most apps use it: header row, numbers typed. */
const papaDynamic = (text: string) => Papa.parse(text, { header: true, dynamicTyping: true }).data.length

/** uDSV, the fastest JavaScript CSV parser: every field a string, its schema inferred from the text. */
export const udsvStrings = (text: string) => initParser(inferSchema(text)).stringArrs(text).length

export interface IngestRun {
  readonly ours: number[]
  readonly papaStrings: number[]
  readonly papaDynamic: number[]
  readonly udsvStrings: number[]
}

/**
 * Times each contender `reps` times, interleaved so a noisy neighbour slows all four alike. The
 * pipeline starts from bytes (it decodes them); PapaParse and uDSV are handed the decoded text, as its
 * users hand it.
 */
export async function measureIngest(bytes: Uint8Array, catalogue: Catalogue, reps: number): Promise<IngestRun> {
  const text = new TextDecoder().decode(bytes)
  const run: IngestRun = { ours: [], papaStrings: [], papaDynamic: [], udsvStrings: [] }
  // One untimed round: code compiled and optimised before anything is counted.
  await importPipeline(bytes, catalogue)
  papaStrings(text)
  papaDynamic(text)
  udsvStrings(text)
  for (let i = 0; i < reps; i++) {
    await time(run.ours, () => importPipeline(bytes, catalogue))
    await time(run.papaStrings, () => papaStrings(text))
    await time(run.papaDynamic, () => papaDynamic(text))
    await time(run.udsvStrings, () => udsvStrings(text))
  }
  return run
}

export interface IngestRatio {
  /** The median of the rounds' ratios: raw Papa.parse's CPU time over the pipeline's. */
  readonly ratio: number
  readonly ratios: number[]
  /** CPU time (ms) of each run. */
  readonly ours: number[]
  readonly papaStrings: number[]
}

/**
 * The pipeline's speed relative to raw Papa.parse, steady on a shared machine. Each run is timed
 * in CPU time (this process's user and system time), which leaves out the time it waits for a
 * core that other processes hold. After an untimed round on the file's first rows, each of
 * `rounds` rounds runs ours, Papa, Papa, ours: each side runs once right after itself and once
 * right after the other, so the garbage one leaves for the next run to collect weighs on both
 * alike. Each round gives a ratio; their median leaves out a round that a burst of load (on memory
 * and caches, which CPU time still feels) fell on unevenly.
 */
export async function ingestRatio(bytes: Uint8Array, catalogue: Catalogue, rounds: number): Promise<IngestRatio> {
  const text = new TextDecoder().decode(bytes)
  const ours: number[] = []
  const papa: number[] = []
  const ratios: number[] = []
  // The untimed round only has the code of both sides compiled and optimised: a tenth of the file
  // does that as the whole of it does (the first timed round's ratio stays among the others').
  const warmUp = firstRows(bytes, WARM_UP_ROWS)
  await importPipeline(warmUp, catalogue)
  papaStrings(new TextDecoder().decode(warmUp))
  for (let i = 0; i < rounds; i++) {
    const o1 = await cpuTime(ours, () => importPipeline(bytes, catalogue))
    const p1 = await cpuTime(papa, () => papaStrings(text))
    const p2 = await cpuTime(papa, () => papaStrings(text))
    const o2 = await cpuTime(ours, () => importPipeline(bytes, catalogue))
    ratios.push((p1 + p2) / (o1 + o2))
  }
  return { ratio: median(ratios), ratios, ours, papaStrings: papa }
}

const WARM_UP_ROWS = 100_000

/** The header and the first `rows` rows of a CSV file, cut at a line end (the whole file if it is shorter). */
function firstRows(bytes: Uint8Array, rows: number): Uint8Array {
  let end = 0
  for (let n = 0; n <= rows; n++) {
    const next = bytes.indexOf(0x0a, end)
    if (next < 0) return bytes
    end = next + 1
  }
  return bytes.subarray(0, end)
}

async function time(into: number[], f: () => unknown) {
  const start = performance.now()
  await f()
  into.push(performance.now() - start)
}

/** Runs `f`, adds its CPU time (this process's user and system time, in ms) to `into`, and returns it. */
export async function cpuTime(into: number[], f: () => unknown): Promise<number> {
  const start = process.cpuUsage()
  await f()
  const { user, system } = process.cpuUsage(start)
  const ms = (user + system) / 1000
  into.push(ms)
  return ms
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
