/// <reference lib="webworker" />
// Packs the Word brief off the page's thread: docx builds and zips the document here, loaded only
// when a brief is asked for.
import type { BriefRequest, BriefReply } from './briefProtocol'
import { packBrief } from './briefDocx'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<BriefRequest>) => {
  const { brief, charts } = event.data
  let reply: BriefReply
  try {
    const bytes = await packBrief(brief, charts)
    reply = { ok: true, bytes }
    self.postMessage(reply, { transfer: [bytes] })
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) }
    self.postMessage(reply)
  }
}
