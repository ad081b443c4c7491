import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { ScreenInfo, ScreenList } from '../../contract/api'
import ScreensView from '@/views/ScreensView.vue'
import { useServerStore } from '@/stores/server'
import { mountWithApp } from '../support/mountApp'

// The page asks the server every few seconds: nothing of it outlives its test.
const mounted: VueWrapper[] = []

const screenOf = (name: string, more: Partial<ScreenInfo> = {}): ScreenInfo => ({
  name,
  version: 4,
  page: 'kpi',
  refreshedAt: '2026-12-07T01:00:00.000Z',
  beatAt: '2026-12-07T02:00:00.000Z',
  reloadPending: false,
  stale: { oldVersion: false, silent: false },
  ...more,
})

const LIST: ScreenList = {
  current: 4,
  silentAfterSeconds: 180,
  screens: [
    screenOf('一楼大厅'),
    screenOf('三楼会议室', { version: 3, page: 'trends', stale: { oldVersion: true, silent: true } }),
  ],
}

/** The server: health and the session as for a logged-in analyst, then each screens request the next reply. */
function serverReplies(...replies: { status: number; body: unknown }[]) {
  const calls: { url: string; method: string; body: unknown }[] = []
  const answer = (url: string) => {
    if (url.endsWith('/api/health')) return { status: 200, body: { ok: true, version: 4, requireLogin: false } }
    if (url.endsWith('/api/session')) return { status: 200, body: { name: 'wang', expiresAt: '2030-01-01T00:00:00Z' } }
    return replies.shift() ?? { status: 200, body: LIST }
  }
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      if (url.includes('/api/screens'))
        calls.push({
          url,
          method: init?.method ?? 'GET',
          body: init?.body ? JSON.parse(init.body as string) : undefined,
        })
      const reply = answer(url)
      return Promise.resolve(
        new Response(JSON.stringify(reply.body), {
          status: reply.status,
          headers: { 'content-type': 'application/json' },
        }),
      )
    }),
  )
  return calls
}

async function mountScreens(lang: 'zh' | 'en' = 'zh') {
  // This browser logged in before: the server is asked whose session it holds.
  localStorage.setItem('ip-dashboard.analyst', 'wang')
  const app = await mountWithApp(ScreensView, { lang })
  mounted.push(app.wrapper)
  await flushPromises()
  return { ...app, server: useServerStore() }
}

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the screens page', () => {
  it('lists every screen, those needing a look first, with what each shows and why it needs a look', async () => {
    serverReplies({ status: 200, body: LIST })
    const { wrapper } = await mountScreens()
    expect(wrapper.get('[data-testid=screens-summary]').text()).toBe('共 2 块屏幕，1 块需要关注')
    const rows = wrapper.findAll('[data-testid=screen-row]')
    expect(rows.map((r) => [r.attributes('data-name'), r.attributes('data-stale')])).toEqual([
      ['三楼会议室', 'true'],
      ['一楼大厅', 'false'],
    ])
    const stale = rows[0]!.text()
    expect(stale).toContain('第 3 版')
    expect(stale).toContain('发展趋势')
    expect(rows[0]!.get('[data-testid=screen-status]').text()).toMatch(
      /^显示的是旧版本（当前为第 4 版）\s*已失联：2026年12月7日 \d\d:00 以来没有报到$/,
    )
    expect(rows[1]!.get('[data-testid=screen-status]').text()).toBe('正常')
  })

  it('asks the server to reload one screen and says so', async () => {
    const calls = serverReplies(
      { status: 200, body: LIST },
      { status: 200, body: { ...LIST.screens[1], reloadPending: true } },
      {
        status: 200,
        body: { ...LIST, screens: [LIST.screens[0], { ...LIST.screens[1], reloadPending: true }] },
      },
    )
    const { wrapper } = await mountScreens('en')
    await wrapper.get('[data-name="三楼会议室"] [data-testid=screen-reload]').trigger('click')
    await flushPromises()
    expect(calls[1]).toMatchObject({ method: 'POST', body: { name: '三楼会议室' } })
    expect(calls[1]?.url).toMatch(/\/api\/screens\/reload$/)
    expect(wrapper.get('[data-testid=screens-notice]').text()).toBe(
      'Asked “三楼会议室” to reload: it does so at its next report.',
    )
    expect(wrapper.get('[data-name="三楼会议室"]').text()).toContain('Reload asked: it happens at the next report')
  })

  it('ends the session the server no longer knows, and offers the login', async () => {
    serverReplies({ status: 401, body: { error: 'sessionExpired', message: { zh: '登录已过期。', en: 'Expired.' } } })
    const { wrapper, server } = await mountScreens()
    expect(server.analyst).toBeNull()
    expect(wrapper.find('[data-testid=screens-list]').exists()).toBe(false)
    expect(wrapper.get('[data-testid=screens-login]').text()).toBe('登录后查看屏幕状态')
  })
})
