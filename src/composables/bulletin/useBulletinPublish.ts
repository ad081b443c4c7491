import { ref } from 'vue'
import { storeToRefs } from 'pinia'
import { longRowsOfColumns } from '@/domain/csv/longCsv'
import { toCsv } from '@/io/csv/csvWrite'
import type { SavedImport } from '@/io/import/savedImports'
import { useServerStore } from '@/stores/server'
import { useServerMessage } from '../publish/useServerMessage'
import { useVersionWrites } from '../publish/useVersionWrites'

interface BulletinPublishState {
  readonly kind: 'publishing' | 'done' | 'failed'
  /** The version made ('done'). */
  readonly version?: number
  /** Why it failed, in the reader's language ('failed'). */
  readonly message?: string
}

/**
 * Publishing a bulletin kept in this browser, with the figures added from it, as a new version on top
 * of the one loaded here (the server checks the bulletin with the same parser).
 */
export function useBulletinPublish() {
  const { offered, analyst } = storeToRefs(useServerStore())
  const writes = useVersionWrites()
  const messageOf = useServerMessage()
  const states = ref<Record<string, BulletinPublishState>>({})

  async function publish(record: SavedImport) {
    if (!record.bulletin || states.value[record.id]?.kind === 'publishing') return
    states.value = { ...states.value, [record.id]: { kind: 'publishing' } }
    let state: BulletinPublishState
    try {
      const meta = await writes.publish({
        name: record.name,
        csv: toCsv(longRowsOfColumns(record.columns)),
        bulletin: { text: record.bulletin },
      })
      state = { kind: 'done', version: meta.version }
    } catch (e) {
      state = { kind: 'failed', message: messageOf(e) }
    }
    states.value = { ...states.value, [record.id]: state }
  }

  return { offered, analyst, states, publish }
}
