import type { Bulletin, CitedFigure, CitedRank, GrowthClaim } from './bulletin'
import type { Catalogue } from '../catalogue'
import type { Dataset } from '../dataset'
import { growthMultiple } from '../growth'
import type { Observation } from '../observation'
import { formatPeriod, parsePeriod } from '../period'
import { rankBy } from '../province/rank'

export type FigureCheck =
  | { readonly status: 'match'; readonly figure: CitedFigure }
  | {
      readonly status: 'differs'
      readonly figure: CitedFigure
      readonly datasetValue: number
      /** Where the data's figure comes from. */
      readonly datasetSource?: string
    }
  | { readonly status: 'missing'; readonly figure: CitedFigure }

/** Compares a figure a bulletin cites with the dataset's actual figure for the same key. */
export function checkFigure(figure: CitedFigure, dataset: Dataset): FigureCheck {
  const found = dataset
    .seriesOf(figure.region, figure.indicator, 'actual')
    .find((o) => o.periodKey === figure.periodKey)
  if (!found) return { status: 'missing', figure }
  return found.value === figure.value
    ? { status: 'match', figure }
    : { status: 'differs', figure, datasetValue: found.value, datasetSource: found.source }
}

export interface ClaimCheck {
  readonly indicator: string
  readonly value: number
  readonly baseValue?: number
  readonly multiple: number | null
  /** Whether the multiple is within `tolerance` of the claimed one (null: no base to check with). */
  readonly holds: boolean | null
}

/**
 * Checks a growth claim against every figure the item cites for the claim's period: the multiple
 * over the base period's dataset value, "holding" when within 5% of the claimed multiple.
 */
export function checkClaim(
  claim: GrowthClaim,
  figures: readonly CitedFigure[],
  dataset: Dataset,
  tolerance = 0.05,
): ClaimCheck[] {
  return figures
    .filter(
      (f) =>
        f.region === claim.region &&
        f.periodKey === claim.periodKey &&
        (claim.indicator === undefined || f.indicator === claim.indicator),
    )
    .map((f) => {
      const base = dataset.seriesOf(f.region, f.indicator, 'actual').find((o) => o.periodKey === claim.basePeriodKey)
      const multiple = growthMultiple(f.value, base?.value)
      return {
        indicator: f.indicator,
        value: f.value,
        baseValue: base?.value,
        multiple,
        holds: multiple === null ? null : Math.abs(multiple / claim.multiple - 1) <= tolerance,
      }
    })
}

export type RankCheck =
  | { readonly status: 'match'; readonly rank: CitedRank; readonly of: number }
  | { readonly status: 'differs'; readonly rank: CitedRank; readonly datasetRank: number; readonly of: number }
  /** The data lacks a figure of some city of the province for that period: no place to compare. */
  | { readonly status: 'missing'; readonly rank: CitedRank }

/** Ranks the region's province's cities by the cited indicator at the cited period and compares the place. */
export function checkRank(rank: CitedRank, dataset: Dataset): RankCheck {
  const province = dataset.catalogue.region(rank.region)?.parent ?? ''
  const cities = new Set(dataset.catalogue.citiesOf(province).map((r) => r.name))
  const figures = dataset.crossSection(rank.indicator, rank.periodKey).filter((o) => cities.has(o.region))
  const place = rankBy(figures, (o) => o.value).find((r) => r.item.region === rank.region)
  if (cities.size === 0 || figures.length < cities.size || !place) return { status: 'missing', rank }
  return place.rank === rank.rank
    ? { status: 'match', rank, of: cities.size }
    : { status: 'differs', rank, datasetRank: place.rank, of: cities.size }
}

/**
 * A figure the data lacks, as the bulletin gives it: sourced to the bulletin (its address, or its
 * title and issue when it has none) with the item's title as the note. Null when the catalogue does
 * not know its region or indicator, or its period is not one.
 */
export function observationFromBulletin(
  figure: CitedFigure,
  bulletin: Pick<Bulletin, 'title' | 'issue' | 'source'>,
  itemTitle: string,
  catalogue: Catalogue,
): Observation | null {
  const indicator = catalogue.indicator(figure.indicator)
  const period = parsePeriod(figure.periodKey)
  if (!indicator || !period || !catalogue.region(figure.region) || !Number.isFinite(figure.value)) return null
  return {
    region: figure.region,
    period,
    periodKey: formatPeriod(period),
    indicator: indicator.id,
    value: figure.value,
    unit: indicator.unit,
    status: 'actual',
    source: bulletin.source.trim() || `${bulletin.title} ${bulletin.issue}`.trim(),
    note: itemTitle,
  }
}
