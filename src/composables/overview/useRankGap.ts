import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { cityRanking } from '@/domain/province/compare'
import { rankNeighbours, type Neighbour } from '@/domain/province/rankGap'
import { formatNumber, formatQuantity } from '@/domain/display/format'
import { useNames } from '../useNames'

/**
 * How far a city is from the places above and below it in its province's table of an indicator at
 * one date, in words: "距第5名（益阳 7.66）差0.58件/万人".
 */
export function useRankGap(
  region: MaybeRefOrGetter<string>,
  indicator: MaybeRefOrGetter<string>,
  periodKey: MaybeRefOrGetter<string>,
) {
  const { t } = useI18n()
  const { dataset } = storeToRefs(useDatasetStore())
  const names = useNames()
  return computed(() => {
    const ds = dataset.value
    const r = ds?.catalogue.region(toValue(region))
    if (!ds || r?.level !== 'city') return []
    const ranked = cityRanking(ds, r.parent, toValue(indicator), toValue(periodKey))
    const unit = ds.catalogue.indicator(toValue(indicator))?.unit ?? ''
    const { above, below } = rankNeighbours(ranked, r.name)
    const params = (n: Neighbour) => ({
      rank: n.rank,
      region: names.shortRegion(n.region),
      value: formatNumber(n.value, names.lang.value),
      gap: formatQuantity(n.gap, unit, names.lang.value),
    })
    return [
      ...(above ? [{ side: 'above', text: t('rank.gapAbove', params(above)) }] : []),
      ...(below ? [{ side: 'below', text: t('rank.gapBelow', params(below)) }] : []),
    ]
  })
}
