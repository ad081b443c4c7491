import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { Dataset } from '@/domain/dataset'
import { columnsOf } from '@/domain/columns'
import type { SavedImport } from '@/io/import/savedImports'
import { useDatasetStore } from '@/stores/dataset'
import { obs } from '../../support/obsFixture'
import { readData } from '../../support/embedded'

// Test figures only: enough of them that indexing takes several batches (and tasks).
const REGIONS = ['衡阳市', '株洲市', '湘潭市', '岳阳市', '常德市']
const imported: SavedImport = (() => {
  const figures = REGIONS.flatMap((region) =>
    Array.from({ length: 301 * 12 }, (_, i) => {
      const period = `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
      return obs(period, i + 1, { region, indicator: 'valid_trademarks' })
    }),
  )
  return {
    id: 'test',
    name: 'test.csv',
    rows: figures.length,
    time: 0,
    columns: columnsOf(figures),
    indicators: [],
    regions: [],
  }
})()

// The browser keeps imports in IndexedDB; here they come back from a stand-in after a task, as they would.
vi.mock('@/io/import/savedImports', () => ({
  SavedImports: class {
    loadAll = () => new Promise<SavedImport[]>((resolve) => setTimeout(() => resolve([imported]), 0))
  },
}))

/** The embedded files with ETags; `observations.csv` can be replaced by a newer version. */
function server() {
  let observations = { body: readData('observations.csv'), version: 1 }
  const fetchImpl = ((input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    const name = url.pathname.replace(/^.*\/data\//, '')
    const file = name === 'observations.csv' ? observations : { body: readData(name), version: 1 }
    const etag = `"${name}-${file.version}"`
    if (url.searchParams.has('live') && new Headers(init?.headers).get('If-None-Match') === etag)
      return Promise.resolve(new Response(null, { status: 304 }))
    return Promise.resolve(new Response(file.body, { status: 200, headers: { ETag: etag } }))
  }) as typeof fetch
  return {
    fetchImpl,
    changeObservations(edit: (s: string) => string) {
      observations = { body: edit(observations.body), version: observations.version + 1 }
    },
  }
}

const grants2022 = (store: ReturnType<typeof useDatasetStore>) =>
  store.dataset?.seriesOf('衡阳市', 'patent_grants').find((o) => o.periodKey === '2022')?.value

describe('the dataset store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // The store resolves data/ against the page; here there is no page.
    ;(globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' }
  })

  it('builds once per load, and load() resolves with the saved imports already in the dataset', async () => {
    const layered = vi.spyOn(Dataset, 'layered')
    const store = useDatasetStore()
    await store.load(server().fetchImpl)

    expect(store.status).toBe('ready')
    expect(layered).toHaveBeenCalledTimes(1)
    expect(store.dataset?.seriesOf('株洲市', 'valid_trademarks')).toHaveLength(301 * 12)
    expect(grants2022(store)).toBe(5183)

    // Nothing left running that would build again.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(layered).toHaveBeenCalledTimes(1)
    layered.mockRestore()
  })

  it('builds once per refresh that brings new data, and only then', async () => {
    const s = server()
    const store = useDatasetStore()
    await store.load(s.fetchImpl)
    const layered = vi.spyOn(Dataset, 'layered')

    await store.refresh(s.fetchImpl)
    expect(layered).not.toHaveBeenCalled()

    s.changeObservations((t) => t.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,9999,'))
    await store.refresh(s.fetchImpl)
    expect(layered).toHaveBeenCalledTimes(1)
    expect(grants2022(store)).toBe(9999)
    expect(store.dataset?.seriesOf('株洲市', 'valid_trademarks')).toHaveLength(301 * 12)

    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(layered).toHaveBeenCalledTimes(1)
    layered.mockRestore()
  })
})
