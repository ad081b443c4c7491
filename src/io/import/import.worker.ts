// The import worker: decoding, CSV parsing (PapaParse), normalising and diffing happen here, so
// the page stays responsive on a million-row file. Figures go back as transferable typed arrays.
// Workbooks are read here too, by SheetJS loaded only when one arrives.
import { expose, transfer } from 'comlink'
import { Catalogue } from '@/domain/catalogue'
import { observationAt, transferables, type ObservationColumns } from '@/domain/columns'
import { diffAgainst } from '@/domain/import/diff'
import type { ImportContext } from '@/domain/import/context'
import { validFigureCount } from '@/domain/import/importable'
import type { Observation } from '@/domain/observation'
import { readPlaceLookup } from '@/domain/patents/place'
import placesCsv from '../../../data/places.csv?raw'
import type { ImportOutcome, ImportRequest, ImportSetting, PatentChoices, ReadDone } from './importTypes'
import { readFile, type ReadResult } from './readFile'
import { readWorkbook, type SheetRead } from '../workbook/readWorkbook'
import { workbookFormat } from '../workbook/workbook'
import { packColumns } from './packedColumns'

type Progress = (bytes: number, total: number) => void

const cancelled = new Set<number>()

// Reading a File's stream resolves as microtasks: without a macrotask now and then, a "cancel"
// call would only be heard after the whole file. Every ~50 ms the loop lets messages in.
let lastBreath = 0
function breathe(): Promise<void> {
  const now = performance.now()
  if (now - lastBreath < 50) return Promise.resolve()
  lastBreath = now
  return new Promise((resolve) => setTimeout(resolve, 0))
}

async function* bytesOf(file: File): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

/** Each report crosses to the page: at most one every 80 ms, and the last. */
function throttled(total: number, progress: Progress): (bytes: number) => void {
  let last = 0
  return (bytes) => {
    const now = performance.now()
    if (now - last < 80 && bytes < total) return
    last = now
    progress(bytes, total)
  }
}

// The office's lookup of address words, bundled here: only a patent list needs it.
const lookup = readPlaceLookup(placesCsv)
// The analyst's edited lookup, read again only when it changes: it keeps the addresses it has placed.
let edited = { text: '', lookup }

function patentOptions(choices: PatentChoices | undefined) {
  if (choices?.places && choices.places !== edited.text)
    edited = { text: choices.places, lookup: readPlaceLookup(choices.places) }
  return {
    lookup: choices?.places ? edited.lookup : lookup,
    mapping: choices?.mapping,
    statusWords: new Map(Object.entries(choices?.statusWords ?? {})),
    applicantTypes: new Map(Object.entries(choices?.applicantTypes ?? {})),
  }
}

/** The published figures a patent list's derived ones are set beside (the first layer is the published one). */
function publishedOf(layers: readonly ObservationColumns[]): Observation[] {
  const published = layers[0]
  return published ? Array.from({ length: published.length }, (_, i) => observationAt(published, i)) : []
}

/** A read's figures compared with those shown, and packed for storage, here rather than on the page. */
function checker(setting: ImportSetting, catalogue: Catalogue) {
  return (result: ReadResult | SheetRead): ImportOutcome =>
    result.ok
      ? {
          ...result,
          diff: diffAgainst(result.columns, setting.current, catalogue),
          packed: packColumns(result.columns),
          // Counted here and sent as a typed array: a million error rows are neither counted on the page
          // nor cloned to it one number at a time.
          validFigures: validFigureCount(result),
          rowsWithErrors: Uint32Array.from(result.rowsWithErrors),
        }
      : result
}

/** Every buffer of a reply's figures: handed over to the page, never copied. */
const transfers = (done: ReadDone): Transferable[] =>
  ('sheets' in done ? done.sheets : [done.outcome]).flatMap((o) =>
    o.ok ? [...transferables(o.columns), o.rowsWithErrors.buffer, ...(o.records ? [o.records.buffer] : [])] : [],
  )

async function readAny(id: number, request: ImportRequest, progress: Progress): Promise<ReadDone> {
  const { file, setting, sheet } = request
  const catalogue = new Catalogue(setting.indicators, setting.regions)
  const check = checker(setting, catalogue)
  const onProgress = throttled(file.size, progress)
  const context: ImportContext = {
    catalogue,
    homeRegion: setting.homeRegion,
    fileName: file.name,
    patents: { ...patentOptions(request.patents), published: publishedOf(setting.current), exported: request.exported },
  }
  const options = { context, mapping: request.mapping, cancelled: () => cancelled.has(id), breathe }
  const format = workbookFormat(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
  if (!format) return { outcome: check(await readFile(() => bytesOf(file), { ...options, onProgress })) }
  const outcome = await readWorkbook(new Uint8Array(await file.arrayBuffer()), {
    ...options,
    format,
    sheet,
    onProgress: (share) => onProgress(Math.round(share * file.size)),
  })
  if (!outcome.ok) return { outcome }
  if (sheet === undefined) return { sheets: outcome.sheets.map(check) }
  return { outcome: check(outcome.sheets[0] ?? { ok: false, reason: 'skipped', sheet, why: 'empty' }) }
}

const api = {
  /** Reads one file, or one sheet of a workbook; `id` names the read for `cancel`. */
  async read(id: number, request: ImportRequest, progress: Progress): Promise<ReadDone> {
    try {
      const done = await readAny(id, request, progress)
      return transfer(done, transfers(done))
    } catch (e) {
      // The file's card names the error's kind too, which comlink would leave out of the message.
      throw new Error(e instanceof Error ? `${e.name}: ${e.message}` : String(e))
    } finally {
      cancelled.delete(id)
    }
  },
  /** The read stops at its next look between chunks. */
  cancel(id: number): void {
    cancelled.add(id)
  },
}

export type ImportApi = typeof api

expose(api)
