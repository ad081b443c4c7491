// Reading a bulletin off the page: a Word file's unzipping and every scan of a long text happen here.
import { expose } from 'comlink'
import { Catalogue } from '@/domain/catalogue'
import { readBulletinSource } from './bulletinFile'
import type { BulletinFileReading, BulletinRequest } from './bulletinTypes'

const api = {
  async read({ source, indicators, regions, homeRegion }: BulletinRequest): Promise<BulletinFileReading> {
    const ctx = { catalogue: new Catalogue(indicators, regions), homeRegion }
    const input =
      source.kind === 'text'
        ? { text: source.text }
        : { name: source.file.name, bytes: new Uint8Array(await source.file.arrayBuffer()) }
    return readBulletinSource(input, ctx)
  },
}

export type BulletinApi = typeof api

expose(api)
