import { computed, ref, shallowRef } from 'vue'
import { storeToRefs } from 'pinia'
import { columnsOf } from '@/domain/columns'
import type { BulletinReadFailure, BulletinSource } from '@/io/bulletin/bulletinTypes'
import { useDatasetStore } from '@/stores/dataset'
import { useImportsStore } from '@/stores/imports'
import { useBulletinReader } from './useBulletinReader'
import { useDraftReview, type BulletinDraft } from './useDraftReview'
import { useFigureAdditions } from './useFigureAdditions'

/**
 * Adding a bulletin: read a paste or a file (in a worker), preview and edit every reading with each
 * figure checked against the data, then keep it in this browser as an import (undoable like one),
 * with the figures the analyst chose to add to the data sourced to the bulletin.
 */
export function useBulletinDraft() {
  const { catalogue, homeRegion } = storeToRefs(useDatasetStore())
  const imports = useImportsStore()
  const reader = useBulletinReader()
  const reading = ref(false)
  const failure = shallowRef<{ code: BulletinReadFailure; detail: string } | null>(null)
  const draft = ref<BulletinDraft | null>(null)
  const saved = ref(false)
  const { replaces, markdown, problems, missingDates, checks } = useDraftReview(draft)
  const additions = useFigureAdditions(draft)

  async function read(source: BulletinSource) {
    const cat = catalogue.value
    if (!cat || reading.value) return
    reading.value = true
    const r = await reader.read(source, cat, homeRegion.value)
    reading.value = false
    if (!r.ok) {
      // A bad input changes nothing: the draft being edited stays.
      failure.value = { code: r.failure, detail: r.detail ?? '' }
      return
    }
    failure.value = null
    saved.value = false
    additions.clear()
    draft.value = structuredClone(r.bulletin) as BulletinDraft
  }

  async function save(): Promise<boolean> {
    const b = draft.value
    if (!b || problems.value.length > 0) return false
    const figures = additions.toAdd.value
    const ok = await imports.add({
      id: crypto.randomUUID(),
      name: `${b.title} ${b.issue}`.trim(),
      rows: figures.length,
      time: Date.now(),
      columns: columnsOf(figures),
      indicators: [],
      regions: [],
      bulletin: markdown.value,
    })
    if (ok) {
      saved.value = true
      draft.value = null
      additions.clear()
    }
    return ok
  }

  function discard() {
    draft.value = null
    additions.clear()
    failure.value = null
  }

  return {
    reading,
    failure,
    draft,
    saved,
    replaces,
    problems,
    missingDates,
    checks,
    toggleAddition: additions.toggleAddition,
    isAdded: additions.isAdded,
    read,
    save,
    discard,
    storageFailure: computed(() => imports.failure),
  }
}
