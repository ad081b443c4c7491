import type { Indicator, IndicatorKind, Region } from '../catalogue'
import { hiddenCharacter } from '../hiddenText'
import type { Problem } from '../problem'
import type { UnknownName } from './unknownNames'

/** A kind that fits a name and unit: a density is a ratio; 有效/拥有/累计/总量 name levels. */
function guessKind(name: string, unit: string): IndicatorKind {
  if (unit.includes('/') || unit === '%') return 'ratio'
  if (/有效|拥有|累计|总量|存量|余额/.test(name)) return 'stock'
  return 'flow'
}

/** The indicators an analyst is offered for the names a file used that the catalogue lacks. */
export function proposeIndicators(unknown: readonly UnknownName[]): Indicator[] {
  return unknown.map((u) => {
    const unit = (u.unit ?? '件').replace(/^[万亿千](?=.)/, '')
    return {
      id: `custom:${u.name}`,
      nameZh: u.name,
      nameEn: u.name,
      unit,
      kind: guessKind(u.name, unit),
      parent: '',
      aliases: [],
    }
  })
}

/** Regions offered for unknown region names: places within the home region unless edited. */
export function proposeRegions(unknown: readonly UnknownName[], homeRegion: string): Region[] {
  return unknown.map((u) => ({ name: u.name, nameEn: u.name, level: 'other', parent: homeRegion, aliases: [] }))
}

/** A custom region moved under `parent`: one of its cities when the parent is a province, else a place within it. */
export function placeRegion(region: Region, parent: Region): Region {
  return { ...region, parent: parent.name, level: parent.level === 'province' ? 'city' : 'other' }
}

/** Every name of an entry, by its field as a publish sends it (`nameZh`, `aliases[0]` …). */
function namesOf(entry: Indicator | Region): [string, string][] {
  const names: [string, string][] =
    'id' in entry
      ? [
          ['id', entry.id],
          ['nameZh', entry.nameZh],
          ['nameEn', entry.nameEn],
          ['unit', entry.unit],
          ['parent', entry.parent],
        ]
      : [
          ['name', entry.name],
          ['nameEn', entry.nameEn],
          ['parent', entry.parent],
        ]
  return [...names, ...entry.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])]
}

/**
 * Custom entries whose names hold a character nobody sees (hiddenText.ts), each located by its
 * field (`regions[0].name`): the same refusal a catalogue table's row gets.
 */
export function customEntryProblems(
  indicators: readonly Indicator[],
  regions: readonly Region[],
  file?: string,
): Problem[] {
  const problems: Problem[] = []
  const check = (list: string, entries: readonly (Indicator | Region)[]) => {
    for (const [i, entry] of entries.entries())
      for (const [key, name] of namesOf(entry)) {
        const h = hiddenCharacter(name)
        if (h)
          problems.push({
            severity: 'error',
            code: 'hiddenCharacter',
            file,
            params: { field: `${list}[${i}].${key}`, value: h.shown, char: h.char },
          })
      }
  }
  check('indicators', indicators)
  check('regions', regions)
  return problems
}
