import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readBulletinSource } from '@/io/bulletin/bulletinFile'
import { loadBulletinText, loadCatalogue } from '../../../support/embedded'

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/bulletins')
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(dir, name)))
const PAGE = readFileSync(resolve(dir, 'hengyang-2023-no2.txt'), 'utf8')
const ctx = { catalogue: loadCatalogue(), homeRegion: '衡阳市' }

async function bulletinOf(source: Parameters<typeof readBulletinSource>[0]) {
  const r = await readBulletinSource(source, ctx)
  if (!r.ok) throw new Error(`${r.failure} ${r.detail ?? ''}`)
  return r.bulletin
}

describe('readBulletinSource', () => {
  it('reads the Word file of 2023 No. 2 (made by makeDocx.ts) as the pasted page', async () => {
    const fromWord = await bulletinOf({ name: '简报.docx', bytes: bytes('hengyang-2023-no2.docx') })
    expect(fromWord).toEqual(await bulletinOf({ text: PAGE }))
    expect(fromWord.items.map((i) => i.date).sort()).toEqual([
      '2023-04-20',
      '2023-04-21',
      '2023-04-25',
      '2023-04-26',
      '2023-04-27',
    ])
  })

  it.each([
    ['UTF-8 with a mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE)])],
    ['GB18030', new Uint8Array(iconv.encode(PAGE, 'gb18030'))],
  ])('reads a .txt in %s', async (_what, data) => {
    expect(await bulletinOf({ name: 'b.txt', bytes: data })).toEqual(await bulletinOf({ text: PAGE }))
  })

  it('reads a .md in the project’s format as it is', async () => {
    const b = await bulletinOf({ name: '2023-02.md', bytes: new TextEncoder().encode(loadBulletinText()) })
    expect(b.id).toBe('hengyang-2023-02')
    expect(b.items[0]?.titleEn).not.toBe('')
  })

  it.each([
    ['a Word file with only a picture', 'x.docx', () => bytes('picture-only.docx'), 'docxNoText'],
    ['a damaged Word file', 'x.docx', () => bytes('hengyang-2023-no2.docx').subarray(0, 4000), 'docxUnreadable'],
    ['a picture named .txt', 'x.txt', () => bytes('picture-only.docx'), 'notText'],
    ['a PDF', 'x.pdf', () => new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'unknownType'],
    ['a .md not in the format', 'x.md', () => new TextEncoder().encode(PAGE), 'badFormat'],
  ])('refuses %s', async (_what, name, data, failure) => {
    expect(await readBulletinSource({ name, bytes: data() }, ctx)).toMatchObject({ ok: false, failure })
  })
})
