import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { narrativeFacts, writeNarrative, type NarrativePhrases } from '@/domain/narrative/narrative'
import { useLang } from '../useLang'

const PHRASES = ['sentence', 'separator', 'clause', 'rise', 'fall', 'flat', 'multiple', 'partial', 'rank'] as const
// The templates keep their placeholders: the domain fills them with figures that carry their sources.
const KEEP = Object.fromEntries(
  ['period', 'region', 'clauses', 'indicator', 'value', 'pct', 'multiple', 'province', 'rank', 'of'].map((k) => [
    k,
    `{${k}}`,
  ]),
)

/** The statistics paragraph (数据解读) for a region, as of the end of a year when given, in the interface language. */
export function useNarrative(region: MaybeRefOrGetter<string>, asOfYear: MaybeRefOrGetter<number | undefined>) {
  const { t } = useI18n()
  const lang = useLang()
  const { dataset, settings } = storeToRefs(useDatasetStore())
  const phrases = computed(
    () => Object.fromEntries(PHRASES.map((k) => [k, t(`narrative.${k}`, KEEP)])) as unknown as NarrativePhrases,
  )
  const facts = computed(() => {
    const ds = dataset.value
    const s = settings.value
    return ds && s ? narrativeFacts(ds, s, toValue(region), toValue(asOfYear)) : []
  })
  const sentences = computed(() => {
    const ds = dataset.value
    return ds ? writeNarrative(facts.value, toValue(region), ds.catalogue, lang.value, phrases.value) : []
  })
  return { facts, sentences }
}
