import { INDICATOR_KINDS, REGION_LEVELS, type Indicator, type Region } from './catalogue'
import { restoreCell } from './csv/formulaCell'
import { hiddenCharacter } from './hiddenText'
import type { Problem } from './problem'

const aliases = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * Reads a catalogue table: checks its header names `names`, then builds one entry a row, or
 * reports the row (as Excel numbers it) when `build` refuses it or one of its `nameColumns` holds a
 * character nobody sees (the row is left out then too).
 */
function readTable<T>(
  rows: readonly (readonly string[])[],
  names: readonly string[],
  nameColumns: readonly string[],
  file: string,
  build: (cell: (name: string) => string) => T | null,
) {
  const problems: Problem[] = []
  const header = (rows[0] ?? []).map((h) => h.trim())
  const missing = names.filter((n) => !header.includes(n))
  if (missing.length)
    return {
      entries: [] as T[],
      problems: [
        {
          severity: 'error' as const,
          code: 'missingColumn' as const,
          file,
          row: 1,
          params: { columns: missing.join(', ') },
        },
      ],
    }
  const entries: T[] = []
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return
    // A text cell the writer neutralised against spreadsheet formulas reads as the text it was given.
    const cell = (name: string) => restoreCell((cells[header.indexOf(name)] ?? '').trim())
    let hidden = false
    for (const name of nameColumns) {
      const h = header.includes(name) ? hiddenCharacter(cell(name)) : null
      if (!h) continue
      hidden = true
      const at = { file, row: i + 2, column: header.indexOf(name) + 1 }
      problems.push({ severity: 'error', code: 'hiddenCharacter', ...at, params: { value: h.shown, char: h.char } })
    }
    if (hidden) return
    const entry = build(cell)
    if (entry) entries.push(entry)
    else
      problems.push({ severity: 'error', code: 'badCatalogue', file, row: i + 2, params: { value: cells.join(',') } })
  })
  return { entries, problems }
}

// The columns that name something (hiddenText.ts): every one but the kind or level.
const INDICATOR_NAMES = ['id', 'name_zh', 'name_en', 'unit', 'parent', 'aliases', 'short_zh', 'short_en']
const REGION_NAMES = ['name', 'name_en', 'parent', 'aliases']

/**
 * Reads indicators.csv rows: id, name_zh, name_en, unit, kind, parent, aliases (| separated), and
 * optionally short_zh, short_en (a table without them is as valid).
 */
export function parseIndicators(rows: readonly (readonly string[])[], file = 'indicators.csv') {
  const { entries, problems } = readTable<Indicator>(
    rows,
    ['id', 'name_zh', 'name_en', 'unit', 'kind', 'parent', 'aliases'],
    INDICATOR_NAMES,
    file,
    (cell) => {
      const kind = INDICATOR_KINDS.find((k) => k === cell('kind'))
      const id = cell('id')
      if (!id || !kind) return null
      return {
        id,
        nameZh: cell('name_zh'),
        nameEn: cell('name_en'),
        unit: cell('unit'),
        kind,
        parent: cell('parent'),
        aliases: aliases(cell('aliases')),
        ...(cell('short_zh') ? { shortZh: cell('short_zh') } : {}),
        ...(cell('short_en') ? { shortEn: cell('short_en') } : {}),
      }
    },
  )
  return { indicators: entries, problems }
}

/** Reads regions.csv rows: name, name_en, level, parent, aliases (| separated). */
export function parseRegions(rows: readonly (readonly string[])[], file = 'regions.csv') {
  const { entries, problems } = readTable<Region>(
    rows,
    ['name', 'name_en', 'level', 'parent', 'aliases'],
    REGION_NAMES,
    file,
    (cell) => {
      const level = REGION_LEVELS.find((l) => l === cell('level'))
      const name = cell('name')
      if (!name || !level) return null
      return { name, nameEn: cell('name_en'), level, parent: cell('parent'), aliases: aliases(cell('aliases')) }
    },
  )
  return { regions: entries, problems }
}
