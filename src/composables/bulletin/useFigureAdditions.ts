import { computed, ref, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import type { CitedFigure } from '@/domain/bulletin/bulletin'
import { observationFromBulletin } from '@/domain/bulletin/figureCheck'
import type { Observation } from '@/domain/observation'
import { useDatasetStore } from '@/stores/dataset'
import type { BulletinDraft } from './useDraftReview'

const figureKey = (f: CitedFigure) => `${f.region}|${f.periodKey}|${f.indicator}|${f.value}`

/** The figures of a bulletin being added that the analyst chose to add to the data, sourced to the bulletin. */
export function useFigureAdditions(draft: Ref<BulletinDraft | null>) {
  const { catalogue } = storeToRefs(useDatasetStore())
  /** Figures (by key) the analyst chose to add to the data. */
  const additions = ref<string[]>([])

  const toAdd = computed<Observation[]>(() => {
    const b = draft.value
    const cat = catalogue.value
    if (!b || !cat) return []
    return b.items.flatMap((item) =>
      item.figures
        .filter((f) => additions.value.includes(figureKey(f)))
        .flatMap((f) => observationFromBulletin(f, b, item.title, cat) ?? []),
    )
  })

  function toggleAddition(f: CitedFigure) {
    const key = figureKey(f)
    additions.value = additions.value.includes(key)
      ? additions.value.filter((k) => k !== key)
      : [...additions.value, key]
  }
  const isAdded = (f: CitedFigure) => additions.value.includes(figureKey(f))
  const clear = () => {
    additions.value = []
  }
  return { toAdd, toggleAddition, isAdded, clear }
}
