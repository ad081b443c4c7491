// Writing every figure into a workbook takes longer than a frame: it happens here, off the page.
import { expose, transfer } from 'comlink'
import { workbookBytes, type SheetRows } from './workbookFile'

const api = {
  /** The .xlsx file's bytes, handed over to the page. */
  async write(sheets: readonly SheetRows[]): Promise<Uint8Array> {
    const bytes = await workbookBytes(sheets)
    return transfer(bytes, [bytes.buffer])
  },
}

export type WorkbookExportApi = typeof api

expose(api)
