/// <reference lib="webworker" />
// Reading a bulletin off the page: a Word file's unzipping and every scan of a long text happen here.
import { Catalogue } from '@/domain/catalogue'
import { readBulletinSource } from './bulletinFile'
import type { BulletinReadRequest, BulletinReadResponse } from './bulletinProtocol'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<BulletinReadRequest>) => {
  const { id, source, indicators, regions, homeRegion } = event.data
  const ctx = { catalogue: new Catalogue(indicators, regions), homeRegion }
  let reply: BulletinReadResponse
  try {
    const input =
      source.kind === 'text'
        ? { text: source.text }
        : { name: source.file.name, bytes: new Uint8Array(await source.file.arrayBuffer()) }
    reply = { id, ...(await readBulletinSource(input, ctx)) }
  } catch (e) {
    reply = { id, ok: false, failure: 'unreadable', detail: e instanceof Error ? e.message : String(e) }
  }
  self.postMessage(reply)
}
