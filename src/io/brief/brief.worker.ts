// Packs the Word brief off the page's thread: docx builds and zips the document here, loaded only
// when a brief is asked for.
import { expose, transfer } from 'comlink'
import type { Brief } from '@/domain/narrative/brief'
import { packBrief, type BriefChart } from '@/domain/narrative/briefDocument'

const api = {
  /** The .docx file's bytes, handed over to the page; the charts' PNGs come the same way. */
  async pack(brief: Brief, charts: readonly BriefChart[]): Promise<ArrayBuffer> {
    const bytes = await packBrief(brief, charts)
    return transfer(bytes, [bytes])
  },
}

export type BriefApi = typeof api

expose(api)
