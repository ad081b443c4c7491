import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { reactive } from 'vue'
import PublishAction from '@/components/publish/PublishAction.vue'
import type { ImportItem } from '@/composables/import/useImportQueue'
import type { ImportOutcome } from '@/io/import/importTypes'
import { validFigureCount } from '@/domain/import/importable'
import { usePlaceLookupStore } from '@/stores/placeLookup'
import { useServerStore } from '@/stores/server'
import { readBytes } from '../support/importFixture'
import { readData } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'
import { ok } from '../support/readResult'

const HEADER = 'region,period,indicator,value,unit,status,source,note'
const real = (prefix: string) => {
  const row = readData('observations.csv')
    .split('\n')
    .find((l) => l.startsWith(prefix))
  if (!row) throw new Error(`no row ${prefix}`)
  return row
}
// Test edits of real rows: 5183 → 5184, and a value that is not a number.
const grants = real('衡阳市,2022,patent_grants,5183,').replace(',5183,', ',5184,')
const pct = real('衡阳市,2022,pct_applications,')
const broken = pct.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*,/, '$1abc,')

async function itemOf(name: string, csv: string): Promise<ImportItem> {
  const read = ok(await readBytes(new Uint8Array(Buffer.from(csv)), { fileName: name }))
  // What the worker adds to a read: the valid figures counted, the error rows as a typed array.
  const fromWorker = { validFigures: validFigureCount(read), rowsWithErrors: Uint32Array.from(read.rowsWithErrors) }
  const file = new File([csv], name, { type: 'text/csv' })
  const item: ImportItem = {
    key: 1,
    file,
    sheet: null,
    name,
    status: 'ready',
    progress: 1,
    outcome: { ...read, ...fromWorker } as unknown as ImportOutcome,
    mapping: null,
    exported: null,
    indicators: [],
    regions: [],
    error: '',
  }
  return reactive(item)
}

interface Call {
  readonly url: string
  readonly body: Record<string, unknown> | undefined
}

/** A stand-in for the server: answers each request with the next reply, records what was sent. */
function serverReplies(...replies: { status: number; body: unknown }[]) {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      // The data files (a refresh after a write) are not this test's subject: they are unreachable.
      if (!url.includes('/api/')) return Promise.reject(new TypeError('offline'))
      calls.push({ url, body: init?.body ? (JSON.parse(init.body as string) as Record<string, unknown>) : undefined })
      const reply = replies.shift() ?? { status: 404, body: { error: 'notFound', message: { zh: '没有', en: 'none' } } }
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

async function mountPublish(
  item: ImportItem,
  state: { offered: boolean; analyst: string | null },
  lang: 'zh' | 'en' = 'zh',
) {
  const mounted = await mountWithApp(PublishAction, { props: { item }, lang })
  const server = useServerStore()
  server.offered = state.offered
  server.analyst = state.analyst ? { name: state.analyst, expiresAt: '2030-01-01T00:00:00Z' } : null
  await flushPromises()
  return { ...mounted, server }
}

const meta = (version: number) => ({
  version,
  at: '2025-08-01T02:00:00.000Z',
  by: 'wang',
  action: 'publish',
  name: 'grants.csv',
  baseVersion: version - 1,
  rollbackOf: null,
  counts: { added: 0, changed: 1, unchanged: 0, removed: 0, observations: 700 },
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('PublishAction', () => {
  it('shows nothing when the app is not served by the publishing server', async () => {
    const { wrapper } = await mountPublish(await itemOf('g.csv', `${HEADER}\n${grants}\n`), {
      offered: false,
      analyst: null,
    })
    expect(wrapper.find('[data-testid=publish]').exists()).toBe(false)
  })

  it('offers a login, back to the import page, when nobody is logged in', async () => {
    const { wrapper } = await mountPublish(await itemOf('g.csv', `${HEADER}\n${grants}\n`), {
      offered: true,
      analyst: null,
    })
    expect(wrapper.find('[data-testid=publish-button]').exists()).toBe(false)
    const link = wrapper.get('[data-testid=publish-login]')
    expect(link.text()).toBe('登录后发布')
    expect(link.attributes('href')).toBe('/login?from=/import')
  })

  it('publishes the figures as canonical long CSV on top of the loaded version and shows the new version', async () => {
    const item = await itemOf('grants.csv', `${HEADER}\n${grants}\n`)
    const calls = serverReplies({ status: 200, body: meta(2) })
    const { wrapper } = await mountPublish(item, { offered: true, analyst: 'wang' })
    expect(wrapper.get('[data-testid=publish-base]').text()).toContain('基于已发布的第 1 版')
    const button = wrapper.get('[data-testid=publish-button]')
    expect(button.text()).toBe('发布 1 个数字')
    await button.trigger('click')
    // The publish ends with a check of the server's files, whose code loads on first use.
    await vi.waitFor(() => wrapper.get('[data-testid=publish-done]'))
    const sent = calls[0]
    expect(sent?.url).toMatch(/\/api\/publish$/)
    expect(sent?.body).toMatchObject({ baseVersion: 1, name: 'grants.csv', indicators: [], regions: [] })
    expect(String(sent?.body?.csv).split('\n')[0]).toBe(HEADER)
    expect(String(sent?.body?.csv)).toContain('衡阳市,2022,patent_grants,5184,件,actual,')
    expect(wrapper.get('[data-testid=publish-done]').text()).toBe(
      '已发布为第 2 版：新增 0，修改 1，未变 0；共 700 个数字。',
    )
  })

  it('sends only the rows without errors of a file with errors, as “import only valid rows” does', async () => {
    const item = await itemOf('mixed.csv', `${HEADER}\n${grants}\n${broken}\n`)
    const calls = serverReplies({ status: 200, body: meta(2) })
    const { wrapper } = await mountPublish(item, { offered: true, analyst: 'wang' })
    const button = wrapper.get('[data-testid=publish-button]')
    expect(button.text()).toBe('只发布无错误的 1 个数字')
    await button.trigger('click')
    await flushPromises()
    const csv = String(calls[0]?.body?.csv)
    expect(csv).toContain('patent_grants,5184')
    expect(csv).not.toContain('pct_applications')
  })

  it('says when someone published meanwhile (409), in the reader’s language, and offers to refresh and retry', async () => {
    serverReplies({
      status: 409,
      body: {
        error: 'staleVersion',
        currentVersion: 3,
        message: { zh: '已发布的数据已更新为第 3 版。', en: 'The published data is now version 3.' },
      },
    })
    const { wrapper } = await mountPublish(
      await itemOf('g.csv', `${HEADER}\n${grants}\n`),
      { offered: true, analyst: 'wang' },
      'en',
    )
    await wrapper.get('[data-testid=publish-button]').trigger('click')
    const stale = await vi.waitFor(() => wrapper.get('[data-testid=publish-stale]'))
    expect(stale.text()).toContain(
      'Someone has just published a newer version; this publish was not made. The published data is now version 3.',
    )
    expect(wrapper.get('[data-testid=publish-retry]').text()).toBe('Load the latest data and try again')
  })

  it('lists the server’s problems (422) by the rows of the analyst’s own file', async () => {
    // Row 3 of the CSV sent is the second figure: row 4 of a file with a blank line before it.
    const item = await itemOf('gaps.csv', `${HEADER}\n${grants}\n\n${pct}\n`)
    serverReplies({
      status: 422,
      body: {
        error: 'invalidData',
        message: {
          zh: '数据有 1 处错误，未发布。每处错误都标明了行号和列。',
          en: 'The data has 1 error and was not published.',
        },
        problems: [
          { severity: 'error', code: 'unknownRegion', file: 'gaps.csv', row: 3, column: 1, params: { value: '某地' } },
        ],
        problemCount: 1,
      },
    })
    const { wrapper } = await mountPublish(item, { offered: true, analyst: 'wang' })
    await wrapper.get('[data-testid=publish-button]').trigger('click')
    await flushPromises()
    const refused = wrapper.get('[data-testid=publish-refused]')
    expect(refused.text()).toContain('服务器拒绝了这些数据： 数据有 1 处错误，未发布。')
    const li = refused.get('li[data-code=unknownRegion]')
    expect(li.attributes('data-row')).toBe('4')
    expect(li.text()).toContain('未知地区“某地”')
  })

  it('says when the server already publishes exactly these figures, as news rather than an error', async () => {
    serverReplies({
      status: 422,
      body: {
        error: 'nothingChanged',
        message: {
          zh: '这些数字与第 2 版完全相同，无需发布新版本。',
          en: 'These figures are exactly as in version 2; there is nothing new to publish.',
        },
        currentVersion: 2,
      },
    })
    const { wrapper } = await mountPublish(
      await itemOf('g.csv', `${HEADER}\n${grants}\n`),
      {
        offered: true,
        analyst: 'wang',
      },
      'en',
    )
    await wrapper.get('[data-testid=publish-button]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid=publish-unchanged]').text()).toBe(
      'These figures are exactly as in version 2; there is nothing new to publish.',
    )
    expect(wrapper.find('[data-testid=publish-refused]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=publish-button]').exists()).toBe(false)
  })

  it('forgets the analyst when the session has expired (401)', async () => {
    serverReplies({
      status: 401,
      body: {
        error: 'sessionExpired',
        message: { zh: '登录已过期或已退出，请重新登录。', en: 'Your session has expired.' },
      },
    })
    const { wrapper, server } = await mountPublish(await itemOf('g.csv', `${HEADER}\n${grants}\n`), {
      offered: true,
      analyst: 'wang',
    })
    await wrapper.get('[data-testid=publish-button]').trigger('click')
    await flushPromises()
    expect(server.analyst).toBeNull()
    expect(wrapper.find('[data-testid=publish-login]').exists()).toBe(true)
  })
})

describe('PublishAction, for a patent list', () => {
  afterEach(() => localStorage.clear())

  it('sends the place lookup the analyst edited with a patent list, and with nothing else', async () => {
    const figures = await itemOf('grants.csv', `${HEADER}\n${grants}\n`)
    const list = await itemOf('专利清单.csv', `${HEADER}\n${grants}\n`)
    // What the import worker adds to a patent list's figures: its summary (not this test's subject).
    list.outcome = { ...list.outcome, patents: {} } as unknown as ImportOutcome
    const calls = serverReplies({ status: 200, body: meta(2) })
    const publishes = () => calls.filter((c) => c.url.endsWith('/api/publish'))
    const { wrapper } = await mountPublish(list, { offered: true, analyst: 'wang' })
    const lookup = usePlaceLookupStore()
    await lookup.add(['示例大道14号'], '石鼓区', 'county')
    await wrapper.get('[data-testid=publish-button]').trigger('click')
    await vi.waitFor(() => wrapper.get('[data-testid=publish-done]'))
    expect(publishes()[0]?.body?.places).toBe(lookup.text)
    expect(String(publishes()[0]?.body?.places)).toMatch(/\n示例大道14号,石鼓区,county\n$/)

    // Another page, the lookup still edited in this browser.
    const other = (await mountPublish(figures, { offered: true, analyst: 'wang' })).wrapper
    expect(usePlaceLookupStore().edited).toBe(true)
    await other.get('[data-testid=publish-button]').trigger('click')
    await vi.waitFor(() => expect(publishes()).toHaveLength(2))
    expect(publishes()[1]?.body).not.toHaveProperty('places')
  })
})
