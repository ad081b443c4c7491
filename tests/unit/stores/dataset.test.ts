import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { readData } from '../../support/embedded'
import { assemblePublished } from '@/domain/published'
import { parseCsvRows } from '@/domain/csv/csv'

const FILES = ['manifest.json', 'indicators.csv', 'regions.csv', 'observations.csv', 'bulletins/2023-02.md']

/** A server in a function: the embedded files with ETags, one of which can be made to fail. */
function server() {
  const files = new Map(FILES.map((f) => [f, { body: readData(f), version: 1 }]))
  let failData = false
  const fetchImpl = ((input: string | URL | Request, init?: RequestInit) =>
    Promise.resolve(respond(input, init))) as typeof fetch
  const respond = (input: string | URL | Request, init?: RequestInit): Response => {
    const url = new URL(input instanceof Request ? input.url : input)
    const name = url.pathname.replace(/^.*\/data\//, '')
    const file = files.get(name)
    if (!file) return new Response('', { status: 404 })
    const etag = `"${name}-${file.version}"`
    const live = url.searchParams.has('live')
    if (!live && failData) return new Response('', { status: 503 })
    const asked = new Headers(init?.headers).get('If-None-Match')
    if (live && asked === etag) return new Response(null, { status: 304 })
    return new Response(file.body, { status: 200, headers: { ETag: etag } })
  }
  return {
    fetchImpl,
    change(name: string, edit: (s: string) => string) {
      const f = files.get(name)!
      files.set(name, { body: edit(f.body), version: f.version + 1 })
    },
    set failing(v: boolean) {
      failData = v
    },
  }
}

const grants2022 = (store: ReturnType<typeof useDatasetStore>) =>
  store.dataset?.seriesOf('衡阳市', 'patent_grants').find((o) => o.periodKey === '2022')?.value

describe('live refresh', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // The store resolves data/ against the page; here there is no page.
    ;(globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' }
  })

  it('retries a change whose download failed, until the new data is in', async () => {
    const s = server()
    const store = useDatasetStore()
    store.published = assemblePublished({
      manifest: JSON.parse(readData('manifest.json')),
      tables: new Map(FILES.filter((f) => f.endsWith('.csv')).map((f) => [f, parseCsvRows(readData(f))])),
      texts: new Map([['bulletins/2023-02.md', readData('bulletins/2023-02.md')]]),
    })
    store.dataset = store.published.dataset
    await store.refresh(s.fetchImpl)
    expect(grants2022(store)).toBe(5183)

    s.change('observations.csv', (t) => t.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,9999,'))
    s.failing = true
    await store.refresh(s.fetchImpl)
    expect(grants2022(store)).toBe(5183)
    expect(store.offlineSince).not.toBeNull()

    s.failing = false
    await store.refresh(s.fetchImpl)
    expect(grants2022(store)).toBe(9999)
    expect(store.offlineSince).toBeNull()
  })

  it('sees a file replaced between the load and the first live check', async () => {
    const s = server()
    const store = useDatasetStore()
    await store.load(s.fetchImpl)
    expect(grants2022(store)).toBe(5183)

    s.change('observations.csv', (t) => t.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,5184,'))
    await store.refresh(s.fetchImpl)
    expect(grants2022(store)).toBe(5184)
  })

  it('shows the data once the server answers, after a load that failed', async () => {
    const s = server()
    const store = useDatasetStore()
    s.failing = true
    await store.load(s.fetchImpl)
    expect(store.status).toBe('error')

    s.failing = false
    await store.refresh(s.fetchImpl)
    expect(store.status).toBe('ready')
    expect(grants2022(store)).toBe(5183)
  })
})
