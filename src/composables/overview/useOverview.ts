import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { headline, type Headline } from '@/domain/narrative/headline'
import { elapsedShare, targetGroups } from '@/domain/monitoring/target'
import { rankHistory } from '@/domain/province/compare'
import { latestBulletin } from '@/domain/bulletin/bulletinTimeline'
import { useWatch } from './useWatch'
import { useRankGap } from './useRankGap'

const DAY = 86_400_000

/**
 * Everything the overview shows for a region, optionally as of the end of a year. `now` dates the
 * warnings and the plan's pace: the time the page opened, or a running clock (a screen runs for days).
 */
export function useOverview(
  region: MaybeRefOrGetter<string>,
  asOfYear: MaybeRefOrGetter<number | undefined>,
  now: MaybeRefOrGetter<number> = Date.now(),
) {
  const { dataset, bulletins, settings, plan, homeRegion } = storeToRefs(useDatasetStore())
  // The start of the day: what depends on it is computed again once a day, not every second.
  const today = computed(() => Math.floor(toValue(now) / DAY) * DAY)

  const headlines = computed<Headline[]>(() => {
    const ds = dataset.value
    if (!ds) return []
    return (settings.value?.lead ?? []).flatMap((id) => headline(ds, toValue(region), id, toValue(asOfYear)) ?? [])
  })
  /** The region's targets as the plan groups them; the plan's dates time only the home region's. */
  const regionPlan = computed(() => (toValue(region) === homeRegion.value ? plan.value : undefined))
  const targets = computed(() =>
    dataset.value ? targetGroups(dataset.value, toValue(region), regionPlan.value, today.value) : [],
  )
  /** The share of the plan's time gone by today. */
  const elapsed = computed(() => (regionPlan.value ? elapsedShare(regionPlan.value, today.value) : undefined))
  const {
    warnings,
    byIndicator: warningsOf,
    sentences: warningSentences,
  } = useWatch(region, () => targets.value.flatMap((g) => g.targets), today)
  /** The indicator the publisher tells a city's rank in its province by. */
  const rankIndicator = computed(() => settings.value?.rank ?? '')
  const ranks = computed(() => {
    const ds = dataset.value
    const r = ds?.catalogue.region(toValue(region))
    if (!ds || r?.level !== 'city') return []
    return rankHistory(ds, r.parent, r.name, rankIndicator.value)
  })
  const rankGap = useRankGap(region, rankIndicator, () => ranks.value.at(-1)?.periodKey ?? '')
  const bulletin = computed(() => latestBulletin(bulletins.value, toValue(region)))
  /** Years a leader may look back to: every year with a figure for the region. */
  const years = computed(() => {
    const ds = dataset.value
    if (!ds) return []
    return ds.yearsOf(toValue(region))
  })
  const regions = computed(() => {
    const ds = dataset.value
    if (!ds) return []
    const withData = ds.regionsWithData()
    return [...ds.catalogue.regions.values()].filter((r) => withData.has(r.name) && r.level !== 'other')
  })

  /** Every indicator with a figure for the region, in catalogue order, so any of them can be charted. */
  const indicators = computed(() => {
    const ds = dataset.value
    if (!ds) return []
    const have = ds.indicatorsOf(toValue(region))
    return [...ds.catalogue.indicators.values()].filter((i) => have.has(i.id))
  })

  return {
    headlines,
    targets,
    regionPlan,
    elapsed,
    warnings,
    warningsOf,
    warningSentences,
    ranks,
    rankGap,
    rankIndicator,
    bulletin,
    years,
    regions,
    indicators,
  }
}
