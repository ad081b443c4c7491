import { ref } from 'vue'
import { loadMapParts } from '@/charts/echarts'

/** Loads the map series and boundaries on first use; `ready` turns true once a map can be drawn. */
export function useMapParts() {
  const ready = ref(false)
  const failed = ref(false)
  loadMapParts().then(
    () => (ready.value = true),
    () => (failed.value = true),
  )
  return { ready, failed }
}
