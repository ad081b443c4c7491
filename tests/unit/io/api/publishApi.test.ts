import { describe, expect, it } from 'vitest'
import { ApiFailure, createApiClient } from '@/io/api/publishApi'

const BASE = 'http://127.0.0.1:4173/ip/'
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } })
const client = (answer: (url: string, init?: RequestInit) => Response | Promise<Response>) =>
  createApiClient((url, init) => Promise.resolve(answer(url as string, init)), BASE)

describe('publishing API client', () => {
  it('asks next to the app, under its path', async () => {
    const urls: string[] = []
    await client((url) => {
      urls.push(url)
      return json(200, { ok: true, version: 4, requireLogin: false })
    }).health()
    expect(urls).toEqual(['http://127.0.0.1:4173/ip/api/health'])
  })

  it('reads health from the server, and finds no server behind a static host’s index.html, a 404 or no network', async () => {
    expect(await client(() => json(200, { ok: true, version: 4, requireLogin: false })).health()).toEqual({
      version: 4,
      requireLogin: false,
    })
    expect(
      await client(
        () => new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } }),
      ).health(),
    ).toBeNull()
    expect(await client(() => new Response('Not Found', { status: 404 })).health()).toBeNull()
    expect(await client(() => Promise.reject(new TypeError('Failed to fetch'))).health()).toBeNull()
  })

  it('turns the server’s error body into a failure with both languages and what to act on', async () => {
    const tooMany = await client(() =>
      json(429, {
        error: 'tooManyAttempts',
        retryAfter: 42,
        message: { zh: '登录尝试次数过多，请 42 秒后再试。', en: 'Too many login attempts; try again in 42 s.' },
      }),
    )
      .login('wang', 'x')
      .catch((e: unknown) => e)
    expect(tooMany).toBeInstanceOf(ApiFailure)
    const f = tooMany as ApiFailure
    expect([f.status, f.code, f.retryAfter, f.reason?.zh]).toEqual([
      429,
      'tooManyAttempts',
      42,
      '登录尝试次数过多，请 42 秒后再试。',
    ])

    const stale = (await client(() =>
      json(409, { error: 'staleVersion', currentVersion: 5, message: { zh: '第 5 版', en: 'version 5' } }),
    )
      .rollback(1, 4)
      .catch((e: unknown) => e)) as ApiFailure
    expect([stale.status, stale.currentVersion]).toEqual([409, 5])

    const invalid = (await client(() =>
      json(422, {
        error: 'invalidData',
        problemCount: 1500,
        problems: [{ severity: 'error', code: 'badValue', row: 2, column: 4 }],
        message: { zh: '错误', en: 'errors' },
      }),
    )
      .publish({ baseVersion: 1, name: 'a.csv', csv: 'x', indicators: [], regions: [] })
      .catch((e: unknown) => e)) as ApiFailure
    expect([invalid.problems.length, invalid.problemCount]).toEqual([1, 1500])
  })

  it('reports an unreachable server as status 0, and a proxy’s HTML error page without a reason', async () => {
    const down = (await client(() => Promise.reject(new TypeError('Failed to fetch')))
      .versions()
      .catch((e: unknown) => e)) as ApiFailure
    expect([down.status, down.code, down.reason]).toEqual([0, 'unreachable', null])
    const proxy = (await client(
      () => new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    )
      .versions()
      .catch((e: unknown) => e)) as ApiFailure
    expect([proxy.status, proxy.reason]).toEqual([0, null])
  })

  it('sends JSON bodies, and says nobody is logged in on a 401 from session', async () => {
    let sent: RequestInit | undefined
    await client((_url, init) => {
      sent = init
      return json(200, { name: 'wang', expiresAt: '2030-01-01T00:00:00Z' })
    }).login('wang', 'pw')
    expect(sent?.method).toBe('POST')
    expect(new Headers(sent?.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(sent?.body as string)).toEqual({ name: 'wang', password: 'pw' })
    expect(
      await client(() =>
        json(401, { error: 'unauthenticated', message: { zh: '请先登录。', en: 'Log in first.' } }),
      ).session(),
    ).toBeNull()
  })
})
