import { onScopeDispose, ref } from 'vue'

/** The time now, updated every second by one interval that is cleared with its owner. */
export function useClock() {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 1000)
  onScopeDispose(() => clearInterval(timer))
  return now
}
