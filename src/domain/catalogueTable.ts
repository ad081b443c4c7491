import type { Indicator, IndicatorKind, Region, RegionLevel } from './catalogue'
import type { Problem } from './problem'

const KINDS: readonly IndicatorKind[] = ['flow', 'stock', 'ratio']
const LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'other']

function columns(rows: readonly (readonly string[])[], names: readonly string[], file: string, problems: Problem[]) {
  const header = (rows[0] ?? []).map((h) => h.trim())
  const index = names.map((n) => header.indexOf(n))
  const missing = names.filter((_, i) => (index[i] ?? -1) < 0)
  if (missing.length) problems.push({ severity: 'error', code: 'missingColumn', file, row: 1, params: { columns: missing.join(', ') } })
  return (cells: readonly string[], name: string) => (cells[index[names.indexOf(name)] ?? -1] ?? '').trim()
}

const aliases = (text: string) => text.split('|').map((s) => s.trim()).filter(Boolean)

/** Reads indicators.csv rows: id, name_zh, name_en, unit, kind, parent, aliases (| separated). */
export function parseIndicators(rows: readonly (readonly string[])[], file = 'indicators.csv') {
  const problems: Problem[] = []
  const cell = columns(rows, ['id', 'name_zh', 'name_en', 'unit', 'kind', 'parent', 'aliases'], file, problems)
  const indicators: Indicator[] = []
  if (problems.length) return { indicators, problems }
  rows.slice(1).forEach((cells, i) => {
    const kind = KINDS.find((k) => k === cell(cells, 'kind'))
    const id = cell(cells, 'id')
    if (!id || !kind) {
      problems.push({ severity: 'error', code: 'badCatalogue', file, row: i + 2, params: { value: cells.join(',') } })
      return
    }
    indicators.push({
      id,
      nameZh: cell(cells, 'name_zh'),
      nameEn: cell(cells, 'name_en'),
      unit: cell(cells, 'unit'),
      kind,
      parent: cell(cells, 'parent'),
      aliases: aliases(cell(cells, 'aliases')),
    })
  })
  return { indicators, problems }
}

/** Reads regions.csv rows: name, name_en, level, parent, aliases (| separated). */
export function parseRegions(rows: readonly (readonly string[])[], file = 'regions.csv') {
  const problems: Problem[] = []
  const cell = columns(rows, ['name', 'name_en', 'level', 'parent', 'aliases'], file, problems)
  const regions: Region[] = []
  if (problems.length) return { regions, problems }
  rows.slice(1).forEach((cells, i) => {
    const level = LEVELS.find((l) => l === cell(cells, 'level'))
    const name = cell(cells, 'name')
    if (!name || !level) {
      problems.push({ severity: 'error', code: 'badCatalogue', file, row: i + 2, params: { value: cells.join(',') } })
      return
    }
    regions.push({ name, nameEn: cell(cells, 'name_en'), level, parent: cell(cells, 'parent'), aliases: aliases(cell(cells, 'aliases')) })
  })
  return { regions, problems }
}
