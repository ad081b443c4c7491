import { computed, shallowRef } from 'vue'
import { storeToRefs } from 'pinia'
import { importable } from '@/domain/import/importable'
import { longRowsOfColumns, sourceRowsOf } from '@/domain/csv/longCsv'
import type { Problem } from '@/domain/problem'
import { toCsv } from '@/io/csv/csvWrite'
import { ApiFailure } from '@/io/api/publishApi'
import type { VersionInfo } from '@/domain/version'
import { usePatentsStore } from '@/stores/patents'
import { usePlaceLookupStore } from '@/stores/placeLookup'
import { useServerStore } from '@/stores/server'
import { useVersionsStore } from '@/stores/versions'
import type { ImportItem } from '../import/useImportQueue'
import { useServerMessage } from './useServerMessage'
import { useVersionWrites } from './useVersionWrites'

export type PublishState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'publishing' }
  | { readonly kind: 'done'; readonly meta: VersionInfo }
  | { readonly kind: 'stale'; readonly message: string }
  /** The server already publishes exactly these figures: nothing to do, and nothing went wrong. */
  | { readonly kind: 'unchanged'; readonly message: string }
  | {
      readonly kind: 'refused'
      readonly message: string
      readonly problems: readonly Problem[]
      readonly problemCount: number
    }
  | { readonly kind: 'failed'; readonly message: string }

/**
 * Publishing one checked import: its figures (only the rows without errors when the file has
 * errors, as the local import does) as canonical long CSV, with the custom names the analyst
 * accepted, on top of the version this browser has loaded. A patent list's records go with it, and
 * with any publish while a list imported in this browser holds records: the version then holds the
 * records the analyst's figures came from (the server counts them only when they differ).
 */
export function usePublish(item: () => ImportItem) {
  const { offered, analyst } = storeToRefs(useServerStore())
  const versions = useVersionsStore()
  const { loadedVersion } = storeToRefs(versions)
  const writes = useVersionWrites()
  const messageOf = useServerMessage()
  const lookup = usePlaceLookupStore()
  const state = shallowRef<PublishState>({ kind: 'idle' })
  const patents = usePatentsStore()

  /** The records file to send: the item's own list, else the one imported in this browser. */
  async function patentsOf(o: NonNullable<typeof outcome.value>) {
    const records = o.records ?? (patents.origin === 'import' ? patents.file : null)
    // A patent list goes out with the lookup the analyst edited to place it.
    const places = lookup.edited ? lookup.text : undefined
    if (!records) return o.patents && places !== undefined ? { places } : {}
    const { patentsUpload } = await import('@/io/api/patentsUpload')
    return patentsUpload(records, places)
  }

  const outcome = computed(() => {
    const o = item().outcome
    return o?.ok && item().status !== 'reading' ? o : null
  })
  /** Figures a publish would send, and whether only the valid rows go. */
  const figures = computed(() => {
    const o = outcome.value
    if (!o) return { n: 0, validOnly: false }
    return o.errorCount === 0 ? { n: o.columns.length, validOnly: false } : { n: o.validFigures, validOnly: true }
  })

  async function publish() {
    const o = outcome.value
    const columns = o && importable(o, figures.value.validOnly)
    if (!columns || state.value.kind === 'publishing') return
    state.value = { kind: 'publishing' }
    try {
      const meta = await writes.publish({
        name: item().name,
        csv: toCsv(longRowsOfColumns(columns)),
        // Plain copies: the item's lists are reactive proxies.
        indicators: item().indicators.map((i) => ({ ...i, aliases: [...i.aliases] })),
        regions: item().regions.map((r) => ({ ...r, aliases: [...r.aliases] })),
        ...(await patentsOf(o)),
      })
      state.value = { kind: 'done', meta }
    } catch (e) {
      const message = messageOf(e)
      if (e instanceof ApiFailure && e.status === 409) state.value = { kind: 'stale', message }
      else if (e instanceof ApiFailure && e.code === 'nothingChanged') state.value = { kind: 'unchanged', message }
      else if (e instanceof ApiFailure && e.status === 422) {
        state.value = {
          kind: 'refused',
          message,
          problems: sourceRowsOf(e.problems, columns),
          problemCount: e.problemCount,
        }
      } else state.value = { kind: 'failed', message }
    }
  }

  /** After a 409: load the version that is current now, then publish on top of it. */
  async function refreshAndRetry() {
    state.value = { kind: 'publishing' }
    await versions.catchUp()
    state.value = { kind: 'idle' }
    await publish()
  }

  return { offered, analyst, loadedVersion, figures, state, publish, refreshAndRetry }
}
