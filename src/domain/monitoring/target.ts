import type { Dataset } from '../dataset'
import type { Observation } from '../observation'
import { endMonthIndex } from '../period'
import { dayTime, type Plan, type PlanItem } from './plan'

/** Where a target stands: met (within a range), above a range, or ahead of / behind the plan's time. */
type Standing = 'met' | 'above' | 'ahead' | 'behind'

/** 序时进度: the share of the plan's time gone by, against the share of the target achieved. */
interface Pace {
  readonly elapsed: number
  readonly achieved: number
  readonly standing: Standing
}

export interface TargetProgress {
  /** The goal, or a range's lower bound. */
  readonly target: Observation
  /** A range's upper bound. */
  readonly ceiling?: Observation
  /** The indicator progress is measured by. */
  readonly measure: string
  readonly atLeast: boolean
  readonly cumulative: boolean
  /** The latest actual figure of the measure and region published up to the target's date. */
  readonly actual?: Observation
  /** actual / target; absent without an actual figure of the same measure. */
  readonly progress?: number
  /** Absent without an actual figure, or without a plan to time it by. */
  readonly pace?: Pace
}

/** Targets as a plan groups them; targets the plan does not list come last, in a group with no name. */
export interface TargetGroup {
  readonly nameZh: string
  readonly nameEn: string
  readonly targets: readonly TargetProgress[]
}

/** The share of the plan's time gone by at `today` (UTC ms), between 0 and 1. */
export function elapsedShare(plan: Pick<Plan, 'from' | 'to'>, today: number): number {
  const from = dayTime(plan.from)
  const share = (today - from) / (dayTime(plan.to) - from)
  return Math.min(1, Math.max(0, share))
}

function standing(actual: number, target: Observation, ceiling: Observation | undefined, elapsed: number): Standing {
  if (ceiling && actual > ceiling.value) return 'above'
  if (actual >= target.value) return 'met'
  return actual / target.value >= elapsed ? 'ahead' : 'behind'
}

function progressOf(
  dataset: Dataset,
  region: string,
  item: PlanItem,
  target: Observation,
  ceiling: Observation | undefined,
  elapsed: number | undefined,
): TargetProgress {
  const base = {
    target,
    ...(ceiling ? { ceiling } : {}),
    measure: item.indicator,
    atLeast: item.atLeast,
    cumulative: item.cumulative,
  }
  // A figure after the target's date is not progress toward it: the target was due before.
  const actual = dataset
    .seriesOf(region, item.indicator, 'actual')
    .filter((o) => endMonthIndex(o.period) <= endMonthIndex(target.period))
    .at(-1)
  if (!actual || target.value <= 0) return base
  const progress = actual.value / target.value
  if (elapsed === undefined) return { ...base, actual, progress }
  return {
    ...base,
    actual,
    progress,
    pace: { elapsed, achieved: progress, standing: standing(actual.value, target, ceiling, elapsed) },
  }
}

const targetOf = (dataset: Dataset, region: string, indicator: string) =>
  dataset.seriesOf(region, indicator, 'target').at(-1)

/**
 * Every target set for a region, grouped as the plan groups them, each with how far the latest
 * like-for-like actual figure has come and, with a plan, how that compares with the time gone by
 * at `today` (UTC ms, passed in: the domain reads no clock).
 */
export function targetGroups(dataset: Dataset, region: string, plan: Plan | undefined, today: number): TargetGroup[] {
  const elapsed = plan ? elapsedShare(plan, today) : undefined
  const used = new Set<Observation>()
  const groups: TargetGroup[] = (plan?.groups ?? []).map((g) => ({
    nameZh: g.nameZh,
    nameEn: g.nameEn,
    targets: g.items.flatMap((item) => {
      const target = targetOf(dataset, region, item.floor)
      if (!target) return []
      const ceiling = item.ceiling ? targetOf(dataset, region, item.ceiling) : undefined
      used.add(target)
      if (ceiling) used.add(ceiling)
      return [progressOf(dataset, region, item, target, ceiling, elapsed)]
    }),
  }))
  const rest = dataset
    .targetsOf(region)
    .filter((t) => !used.has(t))
    .map((t) => {
      const item = { indicator: t.indicator, floor: t.indicator, atLeast: false, cumulative: false }
      return progressOf(dataset, region, item, t, undefined, undefined)
    })
  if (rest.length) groups.push({ nameZh: '', nameEn: '', targets: rest })
  return groups.filter((g) => g.targets.length > 0)
}
