import type { Dataset } from './dataset'
import type { Observation } from './observation'
import { endMonthIndex } from './period'

export interface TargetProgress {
  readonly target: Observation
  /** The latest actual figure of the same indicator and region published before the target's end. */
  readonly actual?: Observation
  /** actual / target; absent without an actual figure of the same measure. */
  readonly progress?: number
}

/** Every target set for a region, with how far the latest like-for-like actual figure has come. */
export function targetsOf(dataset: Dataset, region: string): TargetProgress[] {
  return dataset.targetsOf(region).map((target) => {
    const actual = dataset
      .seriesOf(region, target.indicator, 'actual')
      .filter((o) => endMonthIndex(o.period) <= endMonthIndex(target.period))
      .at(-1)
    return actual && target.value > 0 ? { target, actual, progress: actual.value / target.value } : { target }
  })
}
