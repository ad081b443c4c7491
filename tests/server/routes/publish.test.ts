import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assemblePublished } from '@/domain/published'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { call, csvOf, currentVersion, login, realRow, serverPerTest, text } from '../helpers'

// Real published figures (data/observations.csv). The seed leaves out NEW_ROW, so publishing it adds
// a figure; CHANGED is a real row with its value altered: a test edit, not a published figure.
const NEW_ROW = '衡阳市,2025-07,valid_invention_patents,4558,'
const UNCHANGED = '衡阳市,2022,patent_grants,5183,'
const PCT = '衡阳市,2022,pct_applications,42,'
const testEdit = (row: string, value: number) => {
  const cells = row.split(',')
  cells[3] = String(value)
  cells[7] = 'test edit: not a published figure'
  return cells.join(',')
}

const rows = { added: await realRow(NEW_ROW), unchanged: await realRow(UNCHANGED), pct: await realRow(PCT) }
const s = serverPerTest({ users: ['alice', 'bob'], start: true, dropRows: [rows.added] })

const publish = (cookie: string, body: Record<string, unknown>) =>
  call(`${s.server.url}/api/publish`, 'POST', body, { cookie })

async function published() {
  const result = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`))
  return {
    ...result,
    value: (region: string, period: string, indicator: string) =>
      result.dataset.observations.find(
        (o) => o.region === region && o.periodKey === period && o.indicator === indicator && o.status === 'actual',
      )?.value,
  }
}

describe('publish', () => {
  it('adds and changes figures as a new version, served at /data with validators', async () => {
    const before = await text(`${s.server.url}/data/observations.csv`)
    expect(before.status).toBe(200)
    expect(before.headers.get('cache-control')).toBe('no-cache')
    const etag = before.headers.get('etag') ?? ''
    const lastModified = before.headers.get('last-modified') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(lastModified).not.toBe('')
    expect((await text(`${s.server.url}/data/observations.csv`, { 'If-None-Match': etag })).status).toBe(304)
    expect((await text(`${s.server.url}/data/observations.csv`, { 'If-Modified-Since': lastModified })).status).toBe(
      304,
    )
    expect(before.body).not.toContain(rows.added)

    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, {
      baseVersion: 1,
      name: '衡阳 2025-07.csv',
      csv: csvOf(rows.added, rows.unchanged, testEdit(rows.pct, 43)),
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      version: 2,
      baseVersion: 1,
      by: 'alice',
      action: 'publish',
      name: '衡阳 2025-07.csv',
    })
    expect(res.body.counts).toMatchObject({ added: 1, changed: 1, unchanged: 1, removed: 0 })

    const after = await text(`${s.server.url}/data/observations.csv`, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.body).toContain(rows.added)
    expect(after.body).toContain(testEdit(rows.pct, 43))
    expect(after.body).not.toContain(rows.pct)
    // Rows the publish did not touch keep their text: "2.60" stays "2.60".
    expect(after.body).toContain('衡阳市,2020-11,invention_patents_per_10k,2.60,')
    const data = await published()
    expect(data.problems).toEqual([])
    expect(data.value('衡阳市', '2025-07', 'valid_invention_patents')).toBe(4558)
    expect(data.value('衡阳市', '2022', 'pct_applications')).toBe(43)
    expect(data.value('衡阳市', '2022', 'patent_grants')).toBe(5183)

    const manifest = JSON.parse((await text(`${s.server.url}/data/manifest.json`)).body) as Record<string, unknown>
    expect(manifest).toMatchObject({
      version: 1,
      home_region: '衡阳市',
      observations: ['observations.csv'],
      published: { version: 2 },
    })
    // Who published is for analysts (the history), not in files anyone may read.
    expect(manifest.published).not.toHaveProperty('by')
    // An unchanged file keeps its ETag across versions: clients revalidate it with a 304.
    const catalogue = await text(`${s.server.url}/data/indicators.csv`)
    expect(catalogue.body).toBe(await readFile(join(s.dirs.seed, 'indicators.csv'), 'utf8'))

    const versions = await call<{
      current: number
      versions: { version: number; by: string | null; action: string }[]
    }>(`${s.server.url}/api/versions`, 'GET', undefined, { cookie })
    expect(versions.body.current).toBe(2)
    expect(versions.body.versions.map((v) => [v.version, v.by, v.action])).toEqual([
      [2, 'alice', 'publish'],
      [1, null, 'initial'],
    ])
    const audit = (await readFile(join(s.dirs.state, 'audit.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(audit).toEqual([
      expect.objectContaining({
        by: 'alice',
        action: 'publish',
        version: 2,
        baseVersion: 1,
        counts: expect.objectContaining({ added: 1, changed: 1, unchanged: 1 }) as unknown,
      }),
    ])
  })

  it('serves gzip to clients that accept it, with its own ETag', async () => {
    const res = await fetch(`${s.server.url}/data/observations.csv`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('etag')).toMatch(/-gz"$/)
    expect(await res.text()).toBe(await readFile(join(s.dirs.seed, 'observations.csv'), 'utf8'))
    const again = await fetch(`${s.server.url}/data/observations.csv`, {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': res.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  it('refuses an import with errors, naming row and column as the domain does (422), and changes nothing', async () => {
    const cookie = await login(s.server.url, 'alice')
    const csv = csvOf(
      rows.unchanged,
      '衡阳市,2022,pct_applications,四十二,件,actual,,test row with a non-numeric value',
      '无此市,2022,patent_grants,1,件,actual,,test row',
    )
    const res = await publish(cookie, { baseVersion: 1, name: 'bad.csv', csv })
    expect(res.status).toBe(422)
    expect(res.body.error).toBe('invalidData')
    expect(res.body.message).toEqual({
      zh: expect.stringContaining('2 处错误') as unknown,
      en: expect.stringContaining('2 errors') as unknown,
    })
    expect(res.body.problems).toEqual([
      { severity: 'error', code: 'badValue', file: 'bad.csv', row: 3, column: 4, params: { value: '四十二' } },
      { severity: 'error', code: 'unknownRegion', file: 'bad.csv', row: 4, column: 1, params: { value: '无此市' } },
    ])
    expect(await currentVersion(s.server.url)).toBe(1)
  })

  it('lists at most 1000 problems, with the total', async () => {
    const cookie = await login(s.server.url, 'alice')
    const bad = Array.from({ length: 1005 }, (_, i) => `无此市${i},2022,patent_grants,1,件,actual,,test row`)
    const res = await publish(cookie, { baseVersion: 1, name: 'many.csv', csv: csvOf(...bad) })
    expect(res.status).toBe(422)
    expect(res.body.problems).toHaveLength(1000)
    expect(res.body.problemCount).toBe(1005)
    expect((res.body.message as { en: string }).en).toContain('1005 errors')
  })

  it('refuses a publish based on a version that is no longer current (409)', async () => {
    const cookie = await login(s.server.url, 'alice')
    expect((await publish(cookie, { baseVersion: 1, name: 'a.csv', csv: csvOf(rows.added) })).status).toBe(200)
    const stale = await publish(cookie, { baseVersion: 1, name: 'b.csv', csv: csvOf(testEdit(rows.pct, 44)) })
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ error: 'staleVersion', currentVersion: 2 })
    expect((await text(`${s.server.url}/data/observations.csv`)).body).not.toContain(testEdit(rows.pct, 44))
  })

  it('lets two analysts publish at once: one wins, the other re-bases, and both are in the history', async () => {
    const [alice, bob] = await Promise.all([login(s.server.url, 'alice'), login(s.server.url, 'bob')])
    const seen = await currentVersion(s.server.url)
    const results = await Promise.all([
      publish(alice, { baseVersion: seen, name: 'alice.csv', csv: csvOf(rows.added) }),
      publish(bob, { baseVersion: seen, name: 'bob.csv', csv: csvOf(testEdit(rows.pct, 45)) }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const loserIndex = results.findIndex((r) => r.status === 409)
    const loser =
      loserIndex === 0
        ? { cookie: alice, name: 'alice.csv', csv: csvOf(rows.added) }
        : { cookie: bob, name: 'bob.csv', csv: csvOf(testEdit(rows.pct, 45)) }
    const retry = await publish(loser.cookie, {
      baseVersion: await currentVersion(s.server.url),
      name: loser.name,
      csv: loser.csv,
    })
    expect(retry.status).toBe(200)
    expect(retry.body.version).toBe(3)
    const versions = await call<{ versions: { version: number; by: string; name: string }[] }>(
      `${s.server.url}/api/versions`,
      'GET',
      undefined,
      { cookie: alice },
    )
    expect(
      versions.body.versions
        .filter((v) => v.version > 1)
        .map((v) => v.by)
        .sort(),
    ).toEqual(['alice', 'bob'])
    const data = await published()
    expect(data.value('衡阳市', '2025-07', 'valid_invention_patents')).toBe(4558)
    expect(data.value('衡阳市', '2022', 'pct_applications')).toBe(45)
  })

  it('adds a custom indicator an import uses to the published catalogue', async () => {
    const cookie = await login(s.server.url, 'alice')
    const indicator = {
      id: 'custom:测试指标',
      nameZh: '测试指标',
      nameEn: 'Test indicator',
      unit: '件',
      kind: 'flow',
      parent: '',
      aliases: [],
    }
    const unused = { ...indicator, id: 'custom:未用', nameZh: '未用' }
    const res = await publish(cookie, {
      baseVersion: 1,
      name: 'custom.csv',
      csv: csvOf('衡阳市,2022,custom:测试指标,7,件,actual,,test row: not a published figure'),
      indicators: [indicator, unused],
    })
    expect(res.status).toBe(200)
    const data = await published()
    expect(data.problems).toEqual([])
    expect(data.dataset.catalogue.indicator('custom:测试指标')?.nameEn).toBe('Test indicator')
    expect(data.dataset.catalogue.indicator('custom:未用')).toBeUndefined()
    expect(data.value('衡阳市', '2022', 'custom:测试指标')).toBe(7)
  })

  it('refuses a custom indicator without the custom: prefix', async () => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, {
      baseVersion: 1,
      name: 'x.csv',
      csv: csvOf(rows.added),
      indicators: [{ id: 'patent_grants', nameZh: 'x', kind: 'flow' }],
    })
    expect(res.status).toBe(400)
    expect((res.body.message as { en: string }).en).toContain('custom:')
  })

  it('rolls back to an earlier version as a new version, keeping the history', async () => {
    const cookie = await login(s.server.url, 'alice')
    expect((await publish(cookie, { baseVersion: 1, name: 'a.csv', csv: csvOf(rows.added) })).status).toBe(200)
    expect((await publish(cookie, { baseVersion: 2, name: 'b.csv', csv: csvOf(testEdit(rows.pct, 46)) })).status).toBe(
      200,
    )
    const v1 = await readFile(join(s.dirs.seed, 'observations.csv'), 'utf8')

    const res = await call(`${s.server.url}/api/rollback`, 'POST', { version: 1, baseVersion: 3 }, { cookie })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 4, action: 'rollback', rollbackOf: 1, baseVersion: 3, by: 'alice' })
    expect(res.body.counts).toMatchObject({ removed: 1, changed: 1 })
    expect((await text(`${s.server.url}/data/observations.csv`)).body).toBe(v1)
    const manifest = JSON.parse((await text(`${s.server.url}/data/manifest.json`)).body) as Record<string, unknown>
    expect(manifest.published).toMatchObject({ version: 4, rollbackOf: 1 })

    const versions = await call<{ versions: { version: number; rollbackOf: number | null }[] }>(
      `${s.server.url}/api/versions`,
      'GET',
    )
    expect(versions.body.versions.map((v) => [v.version, v.rollbackOf])).toEqual([
      [4, 1],
      [3, null],
      [2, null],
      [1, null],
    ])
    expect((await readdir(join(s.dirs.state, 'versions'))).sort()).toEqual(['1', '2', '3', '4'])
    const audit = (await readFile(join(s.dirs.state, 'audit.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(audit.map((a) => [a.action, a.version])).toEqual([
      ['publish', 2],
      ['publish', 3],
      ['rollback', 4],
    ])

    expect(
      (await call(`${s.server.url}/api/rollback`, 'POST', { version: 2, baseVersion: 3 }, { cookie })).status,
    ).toBe(409)
    expect(
      (await call(`${s.server.url}/api/rollback`, 'POST', { version: 9, baseVersion: 4 }, { cookie })).status,
    ).toBe(404)
    expect(
      (await call(`${s.server.url}/api/rollback`, 'POST', { version: 4, baseVersion: 4 }, { cookie })).status,
    ).toBe(422)
    expect(
      (await call(`${s.server.url}/api/rollback`, 'POST', { version: '../1', baseVersion: 4 }, { cookie })).status,
    ).toBe(400)
  })
})

describe('request bodies', () => {
  it('refuses an oversized body (413), a wrong content type (415) and malformed JSON (400) with reasons', async () => {
    await s.server.close()
    await s.start({ publishBodyLimit: 64 * 1024 })
    const cookie = await login(s.server.url, 'alice')
    const big = await publish(cookie, { baseVersion: 1, name: 'big.csv', csv: 'x'.repeat(70 * 1024) })
    expect(big.status).toBe(413)
    expect(big.body).toMatchObject({
      error: 'bodyTooLarge',
      message: { zh: expect.stringContaining('64 KB') as unknown, en: expect.stringContaining('64 KB') as unknown },
    })
    // Other routes take small bodies only.
    const bigLogin = await call(`${s.server.url}/api/login`, 'POST', { name: 'alice', password: 'x'.repeat(20_000) })
    expect(bigLogin.status).toBe(413)

    const plain = await call(`${s.server.url}/api/publish`, 'POST', 'baseVersion=1', {
      cookie,
      headers: { 'content-type': 'text/plain' },
    })
    expect(plain.status).toBe(415)
    expect(plain.body).toMatchObject({
      error: 'unsupportedMediaType',
      message: { en: expect.stringContaining('application/json') as unknown },
    })
    const form = await call(`${s.server.url}/api/login`, 'POST', 'name=alice', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(415)

    const broken = await call(`${s.server.url}/api/publish`, 'POST', '{"baseVersion": 1, "csv": ', { cookie })
    expect(broken.status).toBe(400)
    expect(broken.body).toMatchObject({ error: 'badJson', message: { zh: expect.stringContaining('JSON') as unknown } })
    const notObject = await call(`${s.server.url}/api/publish`, 'POST', '[1, 2]', { cookie })
    expect(notObject.status).toBe(400)
    const missing = await publish(cookie, { baseVersion: 1, name: 'x.csv' })
    expect(missing.status).toBe(400)
    expect((missing.body.message as { en: string }).en).toContain('"csv"')
    const badBase = await publish(cookie, { baseVersion: 'latest', name: 'x.csv', csv: csvOf(rows.added) })
    expect(badBase.status).toBe(400)
    expect(await currentVersion(s.server.url)).toBe(1)
  })

  it('refuses a body the contract does not allow, naming the field and what it expects in both languages', async () => {
    const cookie = await login(s.server.url, 'alice')
    const refusal = async (body: unknown) => {
      const res = await publish(cookie, body as Record<string, unknown>)
      expect(res.status).toBe(400)
      expect(res.body.error).toBe('badRequest')
      return res.body.message as { zh: string; en: string }
    }
    expect(await refusal({ baseVersion: 1, name: 'x.csv' })).toEqual({
      zh: '请求无效：“csv” 必须是长格式 CSV 文本（表头 region,period,indicator,value,…）。',
      en: 'Bad request: "csv" must be the long CSV text (header region,period,indicator,value,…).',
    })
    // No type coercion: a version number is a JSON number.
    const text = await refusal({ baseVersion: '1', name: 'x.csv', csv: csvOf(rows.added) })
    expect(text.zh).toContain('“baseVersion”')
    expect(text.en).toContain('"baseVersion" must be a positive integer')
    const kind = await refusal({
      baseVersion: 1,
      name: 'x.csv',
      csv: csvOf(rows.added),
      indicators: [{ id: 'custom:x', nameZh: 'x', kind: 'count' }],
    })
    expect(kind.zh).toContain('“indicators[0].kind”')
    expect(kind.en).toContain('"indicators[0].kind" must be flow, stock or ratio')
    const alias = await refusal({
      baseVersion: 1,
      name: 'x.csv',
      csv: csvOf(rows.added),
      regions: [{ name: 'x', level: 'other', aliases: ['a|b'] }],
    })
    expect(alias.en).toContain('"regions[0].aliases[0]"')
    expect(await refusal({ baseVersion: 1, name: '\u0000', csv: csvOf(rows.added) })).toMatchObject({
      zh: expect.stringContaining('“name”') as unknown,
    })
    const proto = await call(
      `${s.server.url}/api/publish`,
      'POST',
      `{"baseVersion": 1, "name": "x.csv", "csv": ${JSON.stringify(csvOf(rows.added))}, "__proto__": {"admin": true}}`,
      { cookie },
    )
    expect(proto.status).toBe(400)
    const badLogin = await call(`${s.server.url}/api/login`, 'POST', { name: 7, password: 'x' })
    expect(badLogin.status).toBe(400)
    expect(badLogin.body.message).toMatchObject({ en: expect.stringContaining('"name"') as unknown })
    expect(await currentVersion(s.server.url)).toBe(1)
  })
})
