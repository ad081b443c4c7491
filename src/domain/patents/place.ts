import { parseCsvRows } from '../csv/csv'
import { halfWidth } from '../import/text'

/**
 * Where an applicant's address puts a patent: one of the home city's counties and districts, one
 * of its parks (counted for the city, listed as not placed by county), the city with no county
 * that can be read, or another place (left out and listed).
 */
export type Placement =
  { kind: 'county'; region: string } | { kind: 'park'; park: string } | { kind: 'unplaced' } | { kind: 'outside' }

// city: the home city itself; province: its province, which says nothing either way.
const PLACE_KINDS = ['county', 'park', 'city', 'province', 'outside'] as const
type PlaceKind = (typeof PLACE_KINDS)[number]

/** One row of the lookup: the words an address may hold, and what they name. */
interface PlaceRule {
  readonly words: readonly string[]
  readonly target: string
  readonly kind: PlaceKind
}

export class PlaceLookup {
  /** Words by their first character, longest first, so that a position tries the most specific first. */
  readonly index: ReadonlyMap<string, readonly Entry[]>
  /** Addresses repeat (an applicant files many patents): each is read once. */
  readonly memo = new Map<string, Placement>()

  constructor(
    readonly rules: readonly PlaceRule[],
    /** Lines of the file (as an editor numbers them) that were neither rules nor comments. */
    readonly skipped: readonly number[],
  ) {
    this.index = indexRules(rules)
  }
}

interface Entry {
  readonly word: string
  readonly rule: PlaceRule
  readonly placement: Placement | undefined
}

const UNPLACED: Placement = { kind: 'unplaced' }
const OUTSIDE: Placement = { kind: 'outside' }
// A million records hold far fewer distinct addresses; the bound only keeps a pathological list
// from holding every address twice.
const MEMO_LIMIT = 1 << 18

/**
 * Reads the lookup file (data/places.csv): a header `words,target,kind`, one rule a row, words
 * separated by `|`; lines starting with `#` are comments. A row with no word, no target or an
 * unknown kind is skipped and its line reported.
 */
export function readPlaceLookup(csvText: string): PlaceLookup {
  const rows = parseCsvRows(csvText)
  const rules: PlaceRule[] = []
  const skipped: number[] = []
  let header: string[] | undefined
  rows.forEach((cells, i) => {
    const first = (cells[0] ?? '').trim()
    if (first.startsWith('#') || cells.every((c) => c.trim() === '')) return
    if (!header) {
      header = cells.map((c) => c.trim())
      return
    }
    const cell = (name: string) => (header && cells[header.indexOf(name)]?.trim()) ?? ''
    const kind = PLACE_KINDS.find((k) => k === cell('kind'))
    const words = cell('words').split('|').map(normaliseAddress).filter(Boolean)
    const target = cell('target')
    if (!kind || !target || words.length === 0) skipped.push(i + 1)
    else rules.push({ words, target, kind })
  })
  return new PlaceLookup(rules, skipped)
}

function indexRules(rules: readonly PlaceRule[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>()
  for (const rule of rules) {
    const placement: Placement | undefined =
      rule.kind === 'county'
        ? { kind: 'county', region: rule.target }
        : rule.kind === 'park'
          ? { kind: 'park', park: rule.target }
          : undefined
    for (const word of rule.words) {
      const first = word.charAt(0)
      const list = index.get(first) ?? []
      list.push({ word, rule, placement })
      index.set(first, list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.word.length - a.word.length)
  return index
}

/** Width and spaces never matter in an address; a leading 中国 says nothing about the city. */
function normaliseAddress(text: string): string {
  const folded = WIDE_OR_SPACE.test(text) ? halfWidth(text).replace(/\s+/g, '') : text
  return folded.startsWith('中') ? folded.replace(/^中华人民共和国|^中国/, '') : folded
}

const WIDE_OR_SPACE = /[\uFF01-\uFF5E\s]/

/**
 * Places one address. The first city the address names decides whether it is in the home city:
 * 衡阳 (or one of its counties or parks) or another place. The first county named (its name or a
 * town's) places it; a park places it only when no county is named. At each position the longest
 * word wins, so 衡阳市衡阳县 is 衡阳县, not the city; a word followed by 路, 街 or 大道 is a road, so
 * 长沙市岳麓区衡阳路 is in 长沙.
 */
export function placeAddress(address: string, lookup: PlaceLookup): Placement {
  const known = lookup.memo.get(address)
  if (known) return known
  const placement = readAddress(normaliseAddress(address), lookup.index)
  if (lookup.memo.size >= MEMO_LIMIT) lookup.memo.clear()
  lookup.memo.set(address, placement)
  return placement
}

function readAddress(text: string, index: ReadonlyMap<string, readonly Entry[]>): Placement {
  let inCity = false
  let park: Placement | undefined
  for (let i = 0; i < text.length;) {
    const entry = wordAt(text, i, index)
    if (!entry) {
      i++
      continue
    }
    i += entry.word.length
    const { kind } = entry.rule
    if (kind === 'outside' && !inCity) return OUTSIDE
    if (kind === 'county') return entry.placement ?? UNPLACED
    if (kind === 'park') park ??= entry.placement
    if (kind !== 'province' && kind !== 'outside') inCity = true
  }
  if (park) return park
  return inCity || !namesAnotherPlace(text) ? UNPLACED : OUTSIDE
}

function wordAt(text: string, i: number, index: ReadonlyMap<string, readonly Entry[]>): Entry | undefined {
  const entries = index.get(text.charAt(i))
  if (!entries) return undefined
  for (const entry of entries) {
    if (text.startsWith(entry.word, i) && !isRoad(text, i + entry.word.length)) return entry
  }
  return undefined
}

/** 衡阳路, 长沙北路, 广东大道: a place's name given to a road. 街道 (a street office) is a place. */
function isRoad(text: string, at: number): boolean {
  let c = text.charAt(at)
  if (c !== '' && BEARINGS.includes(c)) c = text.charAt(++at)
  if (c === '路' || c === '巷') return true
  const next = text.charAt(at + 1)
  return (c === '街' && next !== '道') || (c === '大' && (next === '道' || next === '街'))
}

const BEARINGS = '东南西北中'

/**
 * An address that names no word of the lookup but begins with a city or county of its own
 * (深圳市南山区…, 湖南省浏阳市…) is elsewhere; one that begins with a street is read as the home
 * city's, whose list it came in.
 */
function namesAnotherPlace(text: string): boolean {
  return /^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?[\u4e00-\u9fff]{2,4}?(?:市(?!场)|县|自治州|地区|盟)/.test(
    text.replace(/^\d+/, ''),
  )
}
