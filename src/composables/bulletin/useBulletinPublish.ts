import { ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { longRowsOfColumns } from '@/domain/csv/longCsv'
import { toCsv } from '@/io/csv/csvWrite'
import { ApiFailure } from '@/io/api/publishApi'
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
  const { t } = useI18n()
  const states = ref<Record<string, BulletinPublishState>>({})

  // A refused bulletin: the server's reason, then its first problem at its line, in the reader's language.
  const firstProblem = (e: unknown) => {
    const p = e instanceof ApiFailure ? e.problems[0] : undefined
    if (!p) return ''
    const what = t(`problem.${p.code}`, { ...p.params })
    return p.row === undefined ? what : `${t('import.at', { row: p.row })} ${what}`
  }

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
      state = { kind: 'failed', message: [messageOf(e), firstProblem(e)].filter(Boolean).join(' ') }
    }
    states.value = { ...states.value, [record.id]: state }
  }

  return { offered, analyst, states, publish }
}
