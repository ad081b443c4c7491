import type { Brief } from '@/domain/narrative/brief'
import type { BriefChart } from './briefDocx'

/** What the page sends the brief worker: the brief's content and its charts' PNGs (transferred). */
export interface BriefRequest {
  readonly brief: Brief
  readonly charts: readonly BriefChart[]
}

export type BriefReply =
  { readonly ok: true; readonly bytes: ArrayBuffer } | { readonly ok: false; readonly error: string }
