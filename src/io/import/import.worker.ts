/// <reference lib="webworker" />
// The import worker: decoding, CSV parsing (PapaParse), normalising and diffing happen here, so
// the page stays responsive on a million-row file. Figures go back as transferable typed arrays.
// Workbooks are read here too, by SheetJS loaded only when one arrives.
import { Catalogue } from '@/domain/catalogue'
import { transferables } from '@/domain/columns'
import { diffAgainst } from '@/domain/import/diff'
import type { ImportContext } from '@/domain/import/context'
import type { ImportOutcome, ImportRequest, ImportResponse } from './importProtocol'
import { readFile, type ReadResult } from './readFile'
import { readWorkbook, type SheetRead } from '../workbook/readWorkbook'
import { workbookFormat, type WorkbookFormat } from '../workbook/workbook'
import { validFigureCount } from '@/domain/import/importable'
import { packColumns } from './packedColumns'

declare const self: DedicatedWorkerGlobalScope

const cancelled = new Set<number>()

// Reading a File's stream resolves as microtasks: without a macrotask now and then, a "cancel"
// message would only be heard after the whole file. Every ~50 ms the loop lets messages in.
let lastBreath = 0
function breathe(): Promise<void> {
  const now = performance.now()
  if (now - lastBreath < 50) return Promise.resolve()
  lastBreath = now
  return new Promise((resolve) => setTimeout(resolve, 0))
}
const post = (message: ImportResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer)

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

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data
  if (request.type === 'cancel') {
    cancelled.add(request.id)
    return
  }
  const { id, file, setting } = request
  try {
    const catalogue = new Catalogue(setting.indicators, setting.regions)
    let lastProgress = 0
    const onProgress = (bytes: number) => {
      const now = performance.now()
      if (now - lastProgress < 80 && bytes < file.size) return
      lastProgress = now
      post({ type: 'progress', id, bytes, total: file.size })
    }
    const context: ImportContext = { catalogue, homeRegion: setting.homeRegion, fileName: file.name }
    const checked = (result: ReadResult | SheetRead): ImportOutcome =>
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
    const sent = (outcomes: readonly ImportOutcome[]) =>
      outcomes.flatMap((o) => (o.ok ? [...transferables(o.columns), o.rowsWithErrors.buffer] : []))

    const format = workbookFormat(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
    if (format) {
      const outcome = await readWorkbookFile(file, format, {
        context,
        format,
        sheet: request.sheet,
        mapping: request.mapping,
        cancelled: () => cancelled.has(id),
        breathe,
        onProgress: (share) => onProgress(Math.round(share * file.size)),
      })
      if (!outcome.ok) post({ type: 'done', id, outcome })
      else if (request.sheet === undefined) {
        const sheets = outcome.sheets.map(checked)
        post({ type: 'workbook', id, sheets }, sent(sheets))
      } else {
        const one = checked(outcome.sheets[0] ?? { ok: false, reason: 'skipped', sheet: request.sheet, why: 'empty' })
        post({ type: 'done', id, outcome: one }, sent([one]))
      }
      return
    }
    const result = checked(
      await readFile(() => bytesOf(file), {
        context,
        mapping: request.mapping,
        cancelled: () => cancelled.has(id),
        breathe,
        onProgress,
      }),
    )
    post({ type: 'done', id, outcome: result }, sent([result]))
  } catch (e) {
    post({ type: 'failed', id, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })
  } finally {
    cancelled.delete(id)
  }
}

async function readWorkbookFile(file: File, format: WorkbookFormat, options: Parameters<typeof readWorkbook>[1]) {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return readWorkbook(bytes, { ...options, format })
}
