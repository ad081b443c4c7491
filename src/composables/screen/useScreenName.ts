import { computed } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { useRoute } from 'vue-router'

/** Longest name the server takes (contract/api.ts). */
export const MAX_SCREEN_NAME = 64

/**
 * The screen's name, by which analysts know it: `?name=三楼会议室` in its URL, else the one given on
 * its first start and kept in this browser.
 */
export function useScreenName() {
  const route = useRoute()
  const stored = useLocalStorage('ip-dashboard.screen-name', '', {
    listenToStorageChanges: false,
    // Without storage the name is asked again after each reload, and the screen beats meanwhile.
    onError: () => undefined,
  })
  const fromUrl = computed(() => (typeof route.query.name === 'string' ? route.query.name.trim() : ''))
  const name = computed(() => (fromUrl.value || stored.value.trim()).slice(0, MAX_SCREEN_NAME))
  return {
    name,
    setName: (given: string) => {
      stored.value = given.trim()
    },
  }
}
