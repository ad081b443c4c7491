import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import type { ScreenPage } from '@/domain/screen'
import { useHeartbeat } from '@/composables/screen/useHeartbeat'
import { mountWithApp } from '../support/mountApp'

// A screen beats on: nothing of it outlives its test.
const mounted: VueWrapper[] = []

interface Sent {
  readonly url: string
  readonly body: Record<string, unknown>
}

/** The server's answers to heartbeats, in turn; past them, no network. */
function server(...answers: { status: number; body: unknown }[]) {
  const sent: Sent[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      sent.push({ url, body: JSON.parse(init?.body as string) as Record<string, unknown> })
      const answer = answers.shift()
      if (!answer) return Promise.reject(new TypeError('Failed to fetch'))
      return Promise.resolve(
        new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'content-type': 'application/json' },
        }),
      )
    }),
  )
  return sent
}

/** A screen with its heartbeat; `stamped` gives its data a publishing server's version. */
async function screen(options: { stamped?: number; query?: Record<string, string> } = {}) {
  const page = ref<ScreenPage>('trends')
  const reload = vi.fn()
  let heartbeat: ReturnType<typeof useHeartbeat> | undefined
  const Screen = defineComponent(() => {
    heartbeat = useHeartbeat(page, reload)
    return () => h('div')
  })
  const app = await mountWithApp(Screen)
  mounted.push(app.wrapper)
  await app.router.replace({ path: '/', query: options.query ?? {} })
  const store = app.store
  store.loadedAt = Date.now() - 5000
  if (options.stamped) store.published = { ...store.published!, version: options.stamped }
  await flushPromises()
  return { ...app, page, reload, heartbeat: heartbeat! }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  localStorage.clear()
})
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('a screen’s heartbeat', () => {
  it('never beats nor asks for a name when its data comes from static hosting', async () => {
    const sent = server()
    const { heartbeat } = await screen({ query: { name: '三楼会议室' } })
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(sent).toEqual([])
    expect(heartbeat.askName.value).toBe(false)
  })

  it('beats at once under the name in its URL, then as often as the server says', async () => {
    const sent = server(
      { status: 200, body: { reload: false, beatSeconds: 30 } },
      { status: 200, body: { reload: false, beatSeconds: 30 } },
    )
    const { heartbeat, page } = await screen({ stamped: 3, query: { name: ' 三楼会议室 ' } })
    expect(heartbeat.askName.value).toBe(false)
    expect(sent.map((s) => s.body)).toEqual([{ name: '三楼会议室', version: 3, page: 'trends', refreshedAgo: 5 }])
    expect(sent[0]?.url).toMatch(/\/api\/screens\/beat$/)
    page.value = 'map'
    await vi.advanceTimersByTimeAsync(29_000)
    expect(sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent.map((s) => s.body.page)).toEqual(['trends', 'map'])
  })

  it('asks for a name when it has none, remembers the one given, and beats with it', async () => {
    const sent = server({ status: 200, body: { reload: false, beatSeconds: 60 } })
    const { heartbeat } = await screen({ stamped: 2 })
    expect(heartbeat.askName.value).toBe(true)
    expect(sent).toEqual([])
    heartbeat.setName('  一楼大厅 ')
    await flushPromises()
    expect(heartbeat.askName.value).toBe(false)
    expect(sent.map((s) => s.body.name)).toEqual(['一楼大厅'])
    expect(localStorage.getItem('ip-dashboard.screen-name')).toBe('一楼大厅')
  })

  it('a failed beat changes nothing on the screen and is tried again at the next beat', async () => {
    const sent = server()
    const { reload } = await screen({ stamped: 3, query: { name: 'A' } })
    expect(sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(2)
    expect(reload).not.toHaveBeenCalled()
  })

  it('beats again at once when the screen catches up with a new version, and reloads when the answer says so', async () => {
    const sent = server(
      { status: 200, body: { reload: false, beatSeconds: 60 } },
      { status: 200, body: { reload: true, beatSeconds: 60 } },
    )
    const { reload, store } = await screen({ stamped: 3, query: { name: 'A' } })
    store.published = { ...store.published!, version: 4 }
    await flushPromises()
    expect(sent.map((s) => s.body.version)).toEqual([3, 4])
    expect(reload).toHaveBeenCalledOnce()
    // A screen about to reload beats no more.
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(sent).toHaveLength(2)
  })

  it('stops beating with its owner', async () => {
    const sent = server({ status: 200, body: { reload: false, beatSeconds: 60 } })
    await screen({ stamped: 3, query: { name: 'A' } })
    mounted.splice(0).forEach((wrapper) => wrapper.unmount())
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(sent).toHaveLength(1)
  })
})
