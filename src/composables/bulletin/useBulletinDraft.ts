import { computed, ref, shallowRef } from 'vue'
import { storeToRefs } from 'pinia'
import { parseBulletin, type Bulletin, type CitedFigure } from '@/domain/bulletin/bulletin'
import { bulletinMarkdown } from '@/domain/bulletin/bulletinMarkdown'
import { columnsOf } from '@/domain/columns'
import { checkClaim, checkFigure, checkRank, observationFromBulletin } from '@/domain/bulletin/figureCheck'
import type { Observation } from '@/domain/observation'
import type { BulletinReadFailure, BulletinSource } from '@/io/bulletin/bulletinTypes'
import { useDatasetStore } from '@/stores/dataset'
import { useImportsStore } from '@/stores/imports'
import { useBulletinReader } from './useBulletinReader'

type Editable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Editable<U>[] : T[K] }
export type BulletinDraft = Editable<Bulletin>

const figureKey = (f: CitedFigure) => `${f.region}|${f.periodKey}|${f.indicator}|${f.value}`

/**
 * Adding a bulletin: read a paste or a file (in a worker), preview and edit every reading with each
 * figure checked against the data, then keep it in this browser as an import (undoable like one),
 * with the figures the analyst chose to add to the data sourced to the bulletin.
 */
export function useBulletinDraft() {
  const store = useDatasetStore()
  const { dataset, catalogue, bulletins, homeRegion } = storeToRefs(store)
  const imports = useImportsStore()
  const reader = useBulletinReader()
  const reading = ref(false)
  const failure = shallowRef<{ code: BulletinReadFailure; detail: string } | null>(null)
  const draft = ref<BulletinDraft | null>(null)
  /** Figures (by key) the analyst chose to add to the data. */
  const additions = ref<string[]>([])
  const saved = ref(false)

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
    additions.value = []
    draft.value = structuredClone(r.bulletin) as BulletinDraft
  }

  /** The issue already shown (published or added here) that saving would replace. */
  const replaces = computed(() => bulletins.value.find((b) => b.id === draft.value?.id) ?? null)

  // A bulletin without a web address is cited by its title and issue, as the figures added from it are.
  const markdown = computed(() => {
    const b = draft.value
    return b ? bulletinMarkdown({ ...b, source: b.source.trim() || `${b.title} ${b.issue}`.trim() }) : ''
  })
  /** What keeps the draft from being saved, as the bulletin format's own check words it. */
  const problems = computed(() => (draft.value ? parseBulletin(markdown.value, 'bulletin').problems : []))
  const missingDates = computed(() =>
    draft.value ? [draft.value.date, ...draft.value.items.map((i) => i.date)].filter((d) => !d).length : 0,
  )

  const checks = computed(() => {
    const d = dataset.value
    if (!d || !draft.value) return []
    return draft.value.items.map((item) => ({
      figures: item.figures.map((f) => checkFigure(f, d)),
      claims: item.claims.map((c) => ({ claim: c, checks: checkClaim(c, item.figures, d) })),
      ranks: (item.ranks ?? []).map((r) => checkRank(r, d)),
    }))
  })

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

  async function save(): Promise<boolean> {
    const b = draft.value
    if (!b || problems.value.length > 0) return false
    const figures = toAdd.value
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
      additions.value = []
    }
    return ok
  }

  function discard() {
    draft.value = null
    additions.value = []
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
    toggleAddition,
    isAdded,
    read,
    save,
    discard,
    storageFailure: computed(() => imports.failure),
  }
}
