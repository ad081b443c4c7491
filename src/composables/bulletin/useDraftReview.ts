import { computed, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import { parseBulletin, type Bulletin } from '@/domain/bulletin/bulletin'
import { bulletinMarkdown } from '@/domain/bulletin/bulletinMarkdown'
import { checkClaim, checkFigure, checkRank } from '@/domain/bulletin/figureCheck'
import { useDatasetStore } from '@/stores/dataset'

type Editable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Editable<U>[] : T[K] }
export type BulletinDraft = Editable<Bulletin>

/**
 * What the preview shows of a bulletin being added: the issue it would replace, its text in the
 * bulletin format and that format's problems, the dates it lacks, and each figure checked against the data.
 */
export function useDraftReview(draft: Ref<BulletinDraft | null>) {
  const { dataset, bulletins } = storeToRefs(useDatasetStore())
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
  return { replaces, markdown, problems, missingDates, checks }
}
