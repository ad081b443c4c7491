import { watch } from 'vue'
import { useDatasetStore } from '@/stores/dataset'
import { usePatentsStore } from '@/stores/patents'

/**
 * Keeps the published patent records current while the owner lives: asked for at once, and again
 * each time the published figures change (the app follows the server's publishes and rollbacks,
 * and a screen's live checks), so a publish that changes the records brings them here too.
 */
export function useFollowedRecords() {
  const patents = usePatentsStore()
  const dataset = useDatasetStore()
  watch(
    () => dataset.published,
    (set) => void patents.follow(set),
    { immediate: true },
  )
  return patents
}
