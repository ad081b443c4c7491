import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { encodePatentFile } from '@/domain/patents/patentFile'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { readPatentList } from '../support/patentRead'
import { openPage, sharedBrowser, waitForCharts } from './browser'
import { OwnServer } from './ownServer'

// A published version with a records file (made from the made-up fixture list): the overview
// shows figures, never records, so it never asks for the file nor for the place lookup.
const server = new OwnServer()
let base = ''

beforeAll(async () => {
  const rows = parseCsvRows(readFileSync('tests/fixtures/patents/cnipa-documents.csv', 'utf8'))
  const { list } = readPatentList(rows, detectPatentList(rows)!, { file: 'cnipa-documents.csv', exported: 20250715 })
  writeFileSync(join(server.dir, 'data', 'patents.bin'), encodePatentFile(list))
  server.editData('manifest.json', (text) => JSON.stringify({ ...JSON.parse(text), patents: 'patents.bin' }))
  base = await server.start()
})
afterAll(async () => {
  await server.stop()
})

describe('the overview and the patent records', () => {
  it('loads without downloading the records file or the place lookup', async () => {
    const asked: string[] = []
    const { page, close } = await openPage(await sharedBrowser(), base, undefined, (context) => {
      context.on('request', (r) => asked.push(new URL(r.url()).pathname))
      return Promise.resolve()
    })
    try {
      await waitForCharts(page, 1)
      await page.waitForLoadState('networkidle')
      expect(asked).toContain('/data/observations.csv')
      expect(asked.filter((p) => /\/data\/(patents\.bin|places\.csv)$/.test(p))).toEqual([])
    } finally {
      await close()
    }
  })
})
