import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import { badInputs, fixtureBooks, fixtureBytes } from '../../fixtures/workbooks/make'

const committed = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/workbooks/${name}`, import.meta.url)))

/** What a workbook holds, as the importer sees it: each sheet's shown text, merges and hidden flags. */
function content(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellStyles: true })
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name] ?? {}
    return {
      name,
      text: XLSX.utils.sheet_to_json(ws, { header: 1, raw: false, defval: '' }),
      merges: ws['!merges'] ?? [],
      hiddenRows: (ws['!rows'] ?? []).map((r) => r?.hidden === true),
      hiddenColumns: (ws['!cols'] ?? []).map((c) => c?.hidden === true),
    }
  })
}

describe('workbook fixtures', () => {
  it.each(Object.entries(fixtureBooks()))('%s is what make.ts builds', (name, wb) => {
    expect(content(committed(name))).toEqual(content(fixtureBytes(name, wb)))
  })

  it.each(Object.entries(badInputs()))('%s is what make.ts builds', (name, bytes) => {
    expect(committed(name)).toEqual(bytes)
  })
})
