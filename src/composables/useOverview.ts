import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { headline, type Headline } from '@/domain/headline'
import { targetsOf } from '@/domain/target'
import { rankHistory } from '@/domain/compare'
import { latestBulletin } from '@/domain/bulletinTimeline'

/** Everything the overview shows for a region, optionally as of the end of a year. */
export function useOverview(region: MaybeRefOrGetter<string>, asOfYear: MaybeRefOrGetter<number | undefined>) {
  const { dataset, bulletins, settings } = storeToRefs(useDatasetStore())

  const headlines = computed<Headline[]>(() => {
    const ds = dataset.value
    if (!ds) return []
    return (settings.value?.lead ?? []).flatMap((id) => headline(ds, toValue(region), id, toValue(asOfYear)) ?? [])
  })
  const targets = computed(() => (dataset.value ? targetsOf(dataset.value, toValue(region)) : []))
  /** The indicator the publisher tells a city's rank in its province by. */
  const rankIndicator = computed(() => settings.value?.rank ?? '')
  const ranks = computed(() => {
    const ds = dataset.value
    const r = ds?.catalogue.region(toValue(region))
    if (!ds || r?.level !== 'city') return []
    return rankHistory(ds, r.parent, r.name, rankIndicator.value)
  })
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

  return { headlines, targets, ranks, rankIndicator, bulletin, years, regions, indicators }
}
