import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ScreenBeat, ScreenBeatAnswer, ScreenInfo, ScreenList } from '../../../contract/api'
import { fromEnv } from '../../../server/config'
import { call, csvOf, login, publishCsv, realRow, serverPerTest } from '../helpers'

const s = serverPerTest()

const beatOf = (name: string, more: Partial<ScreenBeat> = {}): ScreenBeat => ({
  name,
  version: 1,
  page: 'kpi',
  refreshedAgo: 30,
  ...more,
})

const beat = (name: string, more: Partial<ScreenBeat> = {}, init: Parameters<typeof call>[3] = {}) =>
  call<ScreenBeatAnswer>(`${s.server.url}/api/screens/beat`, 'POST', beatOf(name, more), init)

const list = (cookie: string) => call<ScreenList>(`${s.server.url}/api/screens`, 'GET', undefined, { cookie })

const reload = (name: string, cookie: string, headers: Record<string, string> = {}) =>
  call<ScreenInfo>(`${s.server.url}/api/screens/reload`, 'POST', { name }, { cookie, headers })

const screenOf = async (cookie: string, name: string) => (await list(cookie)).body.screens.find((x) => x.name === name)

/** Publishes a test edit of one real figure (5183 → 5190), making version 2. */
async function publishVersion2(cookie: string) {
  const row = (await realRow('衡阳市,2022,patent_grants,')).replace(
    /,5183,(.*),[^,]*$/,
    ',5190,$1,test edit: not a published figure',
  )
  const res = await publishCsv(s.server.url, cookie, { baseVersion: 1, name: 'x.csv', csv: csvOf(row) })
  expect(res.status).toBe(200)
}

/** Asks the list until `check` holds: the state changes with time, not with a request. */
async function listUntil(cookie: string, check: (l: ScreenList) => boolean): Promise<ScreenList> {
  for (;;) {
    const { body } = await list(cookie)
    if (check(body)) return body
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('screens', () => {
  it('a heartbeat is listed to analysts with what the screen shows, and flagged when its version is old', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    const before = Date.now()
    const first = await beat(' 三楼会议室 ', { page: 'trends', refreshedAgo: 90 })
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ reload: false, beatSeconds: 60 })
    await publishVersion2(cookie)
    expect((await beat('一楼大厅', { version: 2, page: 'map' })).status).toBe(200)

    const { status, body } = await list(cookie)
    expect(status).toBe(200)
    expect(body.current).toBe(2)
    expect(body.silentAfterSeconds).toBe(180)
    expect(body.screens.map((x) => [x.name, x.version, x.page, x.stale])).toEqual([
      ['三楼会议室', 1, 'trends', { oldVersion: true, silent: false }],
      ['一楼大厅', 2, 'map', { oldVersion: false, silent: false }],
    ])
    const third = body.screens[0]!
    // The screen said how long ago it refreshed; the server dates it by its own clock.
    const beatAt = Date.parse(third.beatAt)
    expect(beatAt).toBeGreaterThanOrEqual(before)
    expect(beatAt - Date.parse(third.refreshedAt)).toBe(90_000)
    expect(third.reloadPending).toBe(false)

    // Caught up: the warning goes with its next beat.
    await beat('三楼会议室', { version: 2 })
    expect((await screenOf(cookie, '三楼会议室'))?.stale.oldVersion).toBe(false)
  })

  it('a screen that stops beating is flagged silent after three beats missed, and a beat ends it', async () => {
    await s.start({ screenBeatMs: 50 })
    const cookie = await login(s.server.url, 'alice')
    expect((await beat('会议室')).body.beatSeconds).toBe(0.05)
    const silent = await listUntil(cookie, (l) => l.screens[0]?.stale.silent === true)
    expect(silent.silentAfterSeconds).toBe(0.15)
    expect(silent.screens[0]?.stale.oldVersion).toBe(false)
    expect(Date.now() - Date.parse(silent.screens[0]!.beatAt)).toBeGreaterThan(150)
    // The list is as silent as it was after a restart: the file keeps the time of the last beat.
    await s.server.close()
    await s.start({ screenBeatMs: 50 })
    expect((await screenOf(await login(s.server.url, 'alice'), '会议室'))?.stale.silent).toBe(true)
  })

  it('a reload asked by an analyst reaches that screen in its next heartbeat’s answer, once', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    await beat('A')
    await beat('B')
    const asked = await reload('A', cookie)
    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({ name: 'A', reloadPending: true })
    expect((await beat('B')).body.reload).toBe(false)
    expect((await beat('A')).body.reload).toBe(true)
    expect((await beat('A')).body.reload).toBe(false)
    expect((await screenOf(cookie, 'A'))?.reloadPending).toBe(false)

    const unknown = await reload('C', cookie)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ error: 'unknownScreen' })
  })

  it('a restart keeps every screen and a reload not yet delivered', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    await beat('A', { page: 'watch' })
    await beat('B')
    await reload('B', cookie)
    await s.server.close()
    const stored = JSON.parse(await readFile(join(s.dirs.state, 'screens.json'), 'utf8')) as { screens: unknown[] }
    expect(stored.screens).toHaveLength(2)

    await s.start()
    const again = await login(s.server.url, 'alice')
    expect((await list(again)).body.screens.map((x) => [x.name, x.page, x.reloadPending])).toEqual([
      ['A', 'watch', false],
      ['B', 'kpi', true],
    ])
    expect((await beat('B')).body.reload).toBe(true)
  })

  it('a damaged screens.json is logged and the server starts without screens', async () => {
    await writeFile(join(s.dirs.state, 'screens.json'), '{"screens":[{"name":1}]}')
    const notes: string[] = []
    await s.start({ log: (m) => notes.push(m) })
    expect(notes.join('\n')).toMatch(/screens\.json is damaged \(screens\/0: .*\): starting with no screens/)
    expect((await list(await login(s.server.url, 'alice'))).body.screens).toEqual([])
  })

  it('the list and reloads are for analysts; heartbeats for viewers, with a session where viewers need one', async () => {
    await s.start()
    await beat('A')
    expect((await list('')).status).toBe(401)
    expect((await reload('A', '')).status).toBe(401)
    expect((await reload('A', 'hy_session=forged')).status).toBe(401)
    await s.server.close()

    await s.start({ requireLogin: true })
    const refused = await beat('A')
    expect(refused.status).toBe(401)
    expect(refused.body).toMatchObject({ error: 'unauthenticated' })
    const cookie = await login(s.server.url, 'alice')
    expect((await beat('A', {}, { cookie })).status).toBe(200)
  })

  it('heartbeats and reloads from another origin are refused before anything changes', async () => {
    await s.start()
    const url = s.server.url
    const cookie = await login(url, 'alice')
    await beat('A')
    const forged = await beat('A', { version: 7 }, { headers: { Origin: 'http://evil.example' } })
    expect(forged.status).toBe(403)
    expect(forged.body).toMatchObject({ error: 'crossOrigin' })
    expect((await beat('B', {}, { headers: { 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403)
    expect((await reload('A', cookie, { Origin: 'null' })).status).toBe(403)
    const a = await screenOf(cookie, 'A')
    expect([a?.version, a?.reloadPending]).toEqual([1, false])
    expect((await list(cookie)).body.screens).toHaveLength(1)
    // The screen's own page passes.
    expect((await beat('A', {}, { headers: { Origin: url } })).status).toBe(200)
    expect((await reload('A', cookie, { Origin: url })).status).toBe(200)
  })

  it('each route is rate-limited per address, in both languages with Retry-After', async () => {
    await s.start({ screenRequests: { max: 3, windowMs: 60_000 } })
    const cookie = await login(s.server.url, 'alice')
    for (let i = 0; i < 3; i++) expect((await beat('A')).status).toBe(200)
    const limited = await beat('A')
    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({
      error: 'tooManyRequests',
      message: {
        zh: expect.stringContaining('请求过于频繁') as unknown,
        en: expect.stringContaining('Too many') as unknown,
      },
    })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Each route counts on its own.
    for (let i = 0; i < 3; i++) expect((await list(cookie)).status).toBe(200)
    expect((await list(cookie)).status).toBe(429)
    for (let i = 0; i < 3; i++) expect((await reload('A', cookie)).status).toBe(200)
    expect((await reload('A', cookie)).status).toBe(429)
  })

  it('refuses heartbeats of the wrong shape, naming the field, and new screens past the limit', async () => {
    await s.start({ maxScreens: 1 })
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...beatOf('A'), page: 'overview' }, /page/],
      [{ ...beatOf('A'), version: '1' }, /version/],
      [{ ...beatOf('A'), refreshedAgo: -1 }, /refreshedAgo/],
      [{ ...beatOf('  ') }, /name/],
      [{ ...beatOf('x'.repeat(65)) }, /name/],
      [{ ...beatOf('A\u0000') }, /name/],
    ]
    for (const [body, field] of cases) {
      const res = await call<{ error: string; message: { en: string } }>(
        `${s.server.url}/api/screens/beat`,
        'POST',
        body,
      )
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.message.en).toMatch(field)
    }
    expect((await beat('A')).status).toBe(200)
    const full = await beat('B')
    expect(full.status).toBe(503)
    expect(full.body).toMatchObject({ error: 'tooManyScreens' })
    expect((await beat('A')).status).toBe(200)
  })

  it('beat every SCREEN_BEAT_SECONDS, a number the start refuses out of its range', () => {
    expect(fromEnv({}).server.screenBeatMs).toBe(60_000)
    expect(fromEnv({ SCREEN_BEAT_SECONDS: '30' }).server.screenBeatMs).toBe(30_000)
    expect(() => fromEnv({ SCREEN_BEAT_SECONDS: '1' })).toThrow(/SCREEN_BEAT_SECONDS/)
  })
})
