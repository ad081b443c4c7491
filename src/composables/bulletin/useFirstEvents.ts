import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { Bulletin } from '@/domain/bulletin/bulletin'

/**
 * An issue's first `count` events and how many more it lists: a panel or the meeting-room screen
 * shows a few, never thousands (the bulletins page lists them all, a page at a time).
 */
export function useFirstEvents(bulletin: MaybeRefOrGetter<Bulletin | undefined>, count: number) {
  const events = computed(() => toValue(bulletin)?.items.slice(0, count) ?? [])
  const more = computed(() => Math.max(0, (toValue(bulletin)?.items.length ?? 0) - count))
  return { events, more }
}
