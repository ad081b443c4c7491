import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { monitorWarnings, type WarningKind } from '@/domain/monitoring/warnings'
import { warningSentence } from '@/domain/monitoring/warningText'
import type { TargetProgress } from '@/domain/monitoring/target'
import { useLang } from '../useLang'

export interface WarningLine {
  readonly kind: WarningKind
  readonly indicator: string
  readonly text: string
  /** Where its figure is shown: the indicator's trend chart, or the province's ranking. */
  readonly to: { readonly path: string; readonly query?: Record<string, string> }
}

/** 监测预警 for a region, in the interface language, each with a link to its figure. */
export function useWatch(
  region: MaybeRefOrGetter<string>,
  targets: MaybeRefOrGetter<readonly TargetProgress[]>,
  today: MaybeRefOrGetter<number>,
) {
  const { t } = useI18n()
  const lang = useLang()
  const { dataset, settings } = storeToRefs(useDatasetStore())

  const lines = computed<WarningLine[]>(() => {
    const ds = dataset.value
    if (!ds) return []
    const warnings = monitorWarnings({
      dataset: ds,
      region: toValue(region),
      indicators: settings.value?.lead ?? [],
      rankIndicator: settings.value?.rank ?? '',
      targets: toValue(targets),
      today: toValue(today),
    })
    return warnings.map((w) => ({
      kind: w.kind,
      indicator: w.indicator,
      text: warningSentence(w, ds.catalogue, lang.value, (key, params) => t(key, params)),
      to:
        w.kind === 'rankFalling'
          ? { path: '/compare' }
          : { path: '/', query: { region: toValue(region), indicator: w.indicator } },
    }))
  })
  /** The warnings of each indicator, for the mark on its card. */
  const byIndicator = computed(() => {
    const map = new Map<string, string[]>()
    for (const l of lines.value) map.set(l.indicator, [...(map.get(l.indicator) ?? []), l.text])
    return map
  })
  /** The warnings as sentences, for a document (the Word brief). */
  const sentences = computed(() => lines.value.map((l) => l.text))
  return { warnings: lines, byIndicator, sentences }
}
