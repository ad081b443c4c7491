import { computed, onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { useTimeoutPoll } from '@vueuse/core'
import type { DeliveryOverview, DestinationRequest, SendInfo } from '../../../contract/delivery'
import { createDeliveryApi, type DeliveryApi } from '@/io/api/deliveryApi'
import { useDeliveryRows } from './useDeliveryRows'
import { useServerMessage } from '../publish/useServerMessage'

/** While a send is under way or waiting to retry, the list is read again this often. */
const FOLLOW_MS = 2000

const underWay = (s: SendInfo) => s.state === 'sending' || s.state === 'retrying'

/**
 * The analyst's delivery settings and the latest sends, from the server: add, change, remove a
 * destination, send a test, and follow sends under way until they end.
 */
export function useDelivery(api: DeliveryApi = createDeliveryApi()) {
  const { t } = useI18n()
  const messageOf = useServerMessage()
  const overview = shallowRef<DeliveryOverview | null>(null)
  const error = ref('')
  const notice = ref('')
  const busy = ref(false)
  /** The destination being edited: its id, 'new' for one being added, null when no form is open. */
  const editing = ref<string | null>(null)

  async function load() {
    try {
      overview.value = await api.overview()
      error.value = ''
    } catch (e) {
      error.value = t('delivery.failed', { reason: messageOf(e, 'delivery.unreachable') })
    }
  }

  async function act(work: () => Promise<unknown>, done?: string) {
    busy.value = true
    notice.value = ''
    try {
      await work()
      error.value = ''
      if (done) notice.value = t(done)
      await load()
      return true
    } catch (e) {
      error.value = t('delivery.failed', { reason: messageOf(e, 'delivery.unreachable') })
      return false
    } finally {
      busy.value = false
    }
  }

  async function save(request: DestinationRequest) {
    const id = editing.value
    const ok = await act(() => (id && id !== 'new' ? api.update(id, request) : api.add(request)), 'delivery.saved')
    if (ok) editing.value = null
  }

  const destinations = computed(() => overview.value?.destinations ?? [])
  const sends = computed(() => overview.value?.sends ?? [])
  const following = computed(() => sends.value.some(underWay))
  useTimeoutPoll(() => (following.value ? load() : Promise.resolve()), FOLLOW_MS, { immediate: true })
  onMounted(() => void load())

  const { sendRows, destinationRows } = useDeliveryRows(destinations, sends)
  const current = computed(() => destinations.value.find((d) => d.id === editing.value) ?? null)

  return {
    publicUrl: computed(() => overview.value?.publicUrl ?? ''),
    loaded: computed(() => overview.value !== null),
    destinationRows,
    sendRows,
    editing,
    current,
    /** Opens the form for a new destination, or for the destination `id`; `null` closes it. */
    edit: (id: string | null) => {
      editing.value = id
      notice.value = ''
    },
    error,
    notice,
    busy,
    load,
    save,
    remove: (id: string) => act(() => api.remove(id)),
    test: (id: string) => act(() => api.test(id), 'delivery.testQueued'),
  }
}
