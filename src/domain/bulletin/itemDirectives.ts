import type { CitedFigure, CitedRank, FailAt, GrowthClaim } from './bulletinShape'
import { formatPeriod, parsePeriod } from '../period'

/** What an item's directive lines fill in. */
export interface ItemDirectives {
  titleEn: string
  readonly figures: CitedFigure[]
  readonly claims: GrowthClaim[]
  readonly ranks: CitedRank[]
}

const fieldsOf = (line: string, key: string) =>
  line
    .slice(key.length)
    .split('|')
    .map((s) => s.trim())

function readFigure(line: string, row: number, item: ItemDirectives, fail: FailAt) {
  const parts = fieldsOf(line, 'figure:')
  const period = parsePeriod(parts[1] ?? '')
  const value = Number(parts[3])
  if (parts.length !== 4 || !period || !Number.isFinite(value) || !parts[0] || !parts[2]) {
    fail(row, 'a figure line is "figure: region | period | indicator | value"')
  } else {
    item.figures.push({ region: parts[0], periodKey: formatPeriod(period), indicator: parts[2], value })
  }
}

function readClaim(line: string, row: number, item: ItemDirectives, fail: FailAt) {
  const parts = fieldsOf(line, 'claim:')
  const period = parsePeriod(parts[1] ?? '')
  const base = parsePeriod(parts[2] ?? '')
  const multiple = Number(parts[3])
  if ((parts.length !== 5 && parts.length !== 6) || !period || !base || !(multiple > 0) || !parts[0]) {
    fail(row, 'a claim line is "claim: region | period | base period | multiple | words [| indicator]"')
  } else {
    item.claims.push({
      region: parts[0],
      periodKey: formatPeriod(period),
      basePeriodKey: formatPeriod(base),
      multiple,
      text: parts[4] ?? '',
      ...(parts[5] ? { indicator: parts[5] } : {}),
    })
  }
}

function readRank(line: string, row: number, item: ItemDirectives, fail: FailAt) {
  const parts = fieldsOf(line, 'rank:')
  const period = parsePeriod(parts[1] ?? '')
  const rank = Number(parts[3])
  if (parts.length !== 5 || !period || !Number.isInteger(rank) || rank < 1 || !parts[0] || !parts[2]) {
    fail(row, 'a rank line is "rank: region | period | indicator | place | words"')
  } else {
    item.ranks.push({
      region: parts[0],
      periodKey: formatPeriod(period),
      indicator: parts[2],
      rank,
      text: parts[4] ?? '',
    })
  }
}

/**
 * Reads an item's `title_en:`, `figure:`, `claim:` or `rank:` line into the item; false for any other
 * line, which is prose.
 */
export function readDirective(line: string, row: number, item: ItemDirectives, fail: FailAt): boolean {
  if (line.startsWith('title_en:')) item.titleEn = line.slice('title_en:'.length).trim()
  else if (line.startsWith('figure:')) readFigure(line, row, item, fail)
  else if (line.startsWith('claim:')) readClaim(line, row, item, fail)
  else if (line.startsWith('rank:')) readRank(line, row, item, fail)
  else return false
  return true
}
