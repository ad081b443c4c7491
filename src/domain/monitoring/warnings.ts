import type { Dataset } from '../dataset'
import { rankHistory, type RankAt } from '../province/compare'
import { headline } from '../narrative/headline'
import { dueAfter, isoDay } from './cadence'
import { isImplausibleJump } from './jump'
import type { Observation } from '../observation'
import type { TargetProgress } from './target'

/** 监测预警: something a leader should look at, with the figures that say why. */
export type Warning =
  /** The latest figure is older than its cadence allows: `due` is the ISO day a newer one was expected by. */
  | { readonly kind: 'stale'; readonly indicator: string; readonly latest: Observation; readonly due: string }
  /** The figure fell against its base (同比, or the previous level). */
  | {
      readonly kind: 'falling'
      readonly indicator: string
      readonly latest: Observation
      readonly base: Observation
      readonly ratio: number
      readonly basis: 'yoy' | 'previous'
    }
  /** The figure moved more than five-fold against its base: a typing error or a changed definition? */
  | { readonly kind: 'jump'; readonly indicator: string; readonly latest: Observation; readonly base: Observation }
  /** The rank in the province fell between its last two tables. */
  | { readonly kind: 'rankFalling'; readonly indicator: string; readonly from: RankAt; readonly to: RankAt }
  /** Less of the target achieved than of the plan's time gone by. */
  | { readonly kind: 'behindPace'; readonly indicator: string; readonly target: TargetProgress }

export type WarningKind = Warning['kind']

export interface MonitorInput {
  readonly dataset: Dataset
  readonly region: string
  /** The indicators watched for stale figures, falls and jumps (the overview's lead). */
  readonly indicators: readonly string[]
  /** The indicator the region's rank is told by. */
  readonly rankIndicator: string
  readonly targets: readonly TargetProgress[]
  /** Today, UTC ms: passed in, the domain reads no clock. */
  readonly today: number
}

/** The figure a card leads with and its comparison: stale, falling or jumping. */
function seriesWarnings(dataset: Dataset, region: string, indicator: string, today: string): Warning[] {
  const h = headline(dataset, region, indicator)
  if (!h) return []
  const out: Warning[] = []
  const due = dueAfter(h.latest)
  if (today > due) out.push({ kind: 'stale', indicator, latest: h.latest, due })
  const compared = [{ latest: h.latest, c: h.comparison }]
  if (h.partial) compared.push({ latest: h.partial.figure, c: { ...h.partial.comparison, basis: 'yoy' } })
  for (const { latest, c } of compared) {
    if (!c.ok) continue
    if (isImplausibleJump(latest.value, c.base.value)) out.push({ kind: 'jump', indicator, latest, base: c.base })
    else if (c.ratio < 0) out.push({ kind: 'falling', indicator, latest, base: c.base, ratio: c.ratio, basis: c.basis })
  }
  return out
}

/**
 * Every warning for a region: figures past their cadence, falling or jumping implausibly, its rank
 * falling, and targets behind the plan's pace. In that order, each indicator once per rule.
 */
export function monitorWarnings(input: MonitorInput): Warning[] {
  const { dataset, region, today } = input
  const day = isoDay(today)
  const out = [...new Set(input.indicators)].flatMap((id) => seriesWarnings(dataset, region, id, day))
  const province = dataset.catalogue.region(region)
  if (province?.level === 'city' && input.rankIndicator) {
    const ranks = rankHistory(dataset, province.parent, region, input.rankIndicator)
    const [from, to] = ranks.slice(-2)
    if (from && to && to.rank > from.rank) out.push({ kind: 'rankFalling', indicator: input.rankIndicator, from, to })
  }
  for (const target of input.targets)
    if (target.pace?.standing === 'behind') out.push({ kind: 'behindPace', indicator: target.measure, target })
  return out
}
