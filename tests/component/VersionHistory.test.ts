import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VersionHistory from '@/components/publish/VersionHistory.vue'
import { useServerStore } from '@/stores/server'
import { mountWithApp } from '../support/mountApp'

const counts = (added: number, changed: number, removed: number, observations: number) => ({
  added,
  changed,
  unchanged: 0,
  removed,
  observations,
})
const V1 = {
  version: 1,
  at: '2025-08-01T01:00:00.000Z',
  by: null,
  action: 'initial',
  name: 'data/',
  baseVersion: null,
  rollbackOf: null,
  counts: counts(0, 0, 0, 700),
}
const V2 = {
  version: 2,
  at: '2025-08-01T02:00:00.000Z',
  by: 'wang',
  action: 'publish',
  name: '专利授权更正.csv',
  baseVersion: 1,
  rollbackOf: null,
  counts: counts(0, 1, 0, 700),
}
const V3 = {
  version: 3,
  at: '2025-08-01T03:00:00.000Z',
  by: 'li',
  action: 'rollback',
  name: 'data/',
  baseVersion: 2,
  rollbackOf: 1,
  counts: counts(0, 1, 0, 700),
}

function serverReplies(...replies: { status: number; body: unknown }[]) {
  const calls: { url: string; body: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      // The data files (a refresh after a write) are not this test's subject: they are unreachable.
      if (!url.includes('/api/')) return Promise.reject(new TypeError('offline'))
      calls.push({ url, body: init?.body ? JSON.parse(init.body as string) : undefined })
      const reply = replies.shift() ?? {
        status: 500,
        body: { error: 'internal', message: { zh: '服务器内部错误。', en: 'Internal error.' } },
      }
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

async function mountHistory(lang: 'zh' | 'en' = 'zh') {
  const mounted = await mountWithApp(VersionHistory, { lang })
  const server = useServerStore()
  server.offered = true
  server.analyst = { name: 'wang', expiresAt: '2030-01-01T00:00:00Z' }
  await flushPromises()
  return { ...mounted, server }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('VersionHistory', () => {
  it('lists every version newest first: who, what, the changes, and which is current', async () => {
    serverReplies({ status: 200, body: { current: 3, versions: [V3, V2, V1] } })
    const { wrapper } = await mountHistory()
    const rows = wrapper.findAll('li[data-version]')
    expect(rows.map((r) => r.attributes('data-version'))).toEqual(['3', '2', '1'])
    expect(rows[0]?.text()).toContain('第 3 版')
    expect(rows[0]?.text()).toContain('当前')
    expect(rows[0]?.text()).toContain('回滚到第 1 版')
    expect(rows[0]?.text()).toContain('li')
    expect(rows[1]?.text()).toContain('专利授权更正.csv')
    expect(rows[1]?.get('[data-testid=version-counts]').text()).toBe('新增 0 · 修改 1 · 删除 0 · 共 700')
    expect(rows[2]?.text()).toContain('初始数据（data/）')
    expect(rows[2]?.text()).toContain('系统')
    // The current version cannot be rolled back to; every earlier one can.
    expect(rows.map((r) => r.find('[data-testid=rollback]').exists())).toEqual([false, true, true])
  })

  it('names nobody for versions listed without who made them (a session that ended meanwhile)', async () => {
    const anonymous = [V3, V2, V1].map(({ by: _by, ...v }) => v)
    serverReplies({ status: 200, body: { current: 3, versions: anonymous } })
    const { wrapper } = await mountHistory()
    const rows = wrapper.findAll('li[data-version]')
    expect(rows.map((r) => r.attributes('data-version'))).toEqual(['3', '2', '1'])
    expect(rows[2]?.text()).not.toContain('系统')
    expect(rows[0]?.text()).toContain('回滚到第 1 版')
  })

  it('rolls back only after a confirmation, on top of the loaded version', async () => {
    const V4 = { ...V3, version: 4, by: 'wang', baseVersion: 3, rollbackOf: 2 }
    const calls = serverReplies(
      { status: 200, body: { current: 3, versions: [V3, V2, V1] } },
      { status: 200, body: V4 },
      { status: 200, body: { current: 4, versions: [V4, V3, V2, V1] } },
    )
    const { wrapper, store } = await mountHistory()
    // The loaded files are version 3.
    store.published = { ...store.published!, version: 3 }
    const v2 = () => wrapper.get('li[data-version="2"]')
    await v2().get('[data-testid=rollback]').trigger('click')
    expect(v2().text()).toContain('确定把已发布的数据回滚到第 2 版吗？')
    expect(calls).toHaveLength(1)
    await v2().get('[data-testid=rollback-confirm]').trigger('click')
    // The rollback ends with a check of the server's files, whose code loads on first use.
    await vi.waitFor(() => wrapper.get('[data-testid=versions-notice]'))
    expect(calls[1]?.url).toMatch(/\/api\/rollback$/)
    expect(calls[1]?.body).toEqual({ version: 2, baseVersion: 3 })
    expect(wrapper.get('[data-testid=versions-notice]').text()).toBe('已回滚：第 4 版恢复了第 2 版的数据。')
    expect(wrapper.findAll('li[data-version]').map((r) => r.attributes('data-version'))).toEqual(['4', '3', '2', '1'])
  })

  it('shows the server’s reason when a rollback is refused', async () => {
    serverReplies(
      { status: 200, body: { current: 3, versions: [V3, V2, V1] } },
      {
        status: 409,
        body: {
          error: 'staleVersion',
          currentVersion: 4,
          message: { zh: '已发布的数据已更新为第 4 版。', en: 'The published data is now version 4.' },
        },
      },
    )
    const { wrapper } = await mountHistory('en')
    await wrapper.get('li[data-version="1"] [data-testid=rollback]').trigger('click')
    await wrapper.get('li[data-version="1"] [data-testid=rollback-confirm]').trigger('click')
    await vi.waitFor(() => wrapper.get('[data-testid=versions-error]'))
    expect(wrapper.get('[data-testid=versions-error]').text()).toBe('The published data is now version 4.')
  })
})
