/// <reference lib="webworker" />
// Writing every figure into a workbook takes longer than a frame: it happens here, off the page.
import { workbookBytes, type SheetRows } from './workbookFile'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<readonly SheetRows[]>) => {
  try {
    const bytes = await workbookBytes(event.data)
    self.postMessage({ ok: true, bytes }, [bytes.buffer])
  } catch (e) {
    self.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) })
  }
}
