import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { call, csvOf, HEADER, login, publishCsv, serverPerTest } from '../helpers'

const s = serverPerTest()

const socketTo = (url: string) =>
  new Promise<Socket>((resolve, reject) => {
    const { port } = new URL(url)
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket))
    socket.on('error', reject)
  })

/** Resolves with what the server sent once it closes the socket, or 'open' after `ms`. */
const closedWithin = (socket: Socket, ms: number) =>
  new Promise<string>((resolve) => {
    let got = ''
    socket.on('data', (c: Buffer) => (got += String(c)))
    socket.on('close', () => resolve(got || 'closed'))
    socket.on('error', () => undefined)
    setTimeout(() => resolve('open'), ms)
  })

const TEST_ROW = '衡阳市,1990-01,valid_trademarks,1,,estimate,,TEST'

describe('slow and hostile clients', () => {
  it('cuts off a slow body sent with a session', async () => {
    const { url } = await s.start({ requestTimeoutMs: 1000 })
    const cookie = await login(url, 'alice')
    const socket = await socketTo(url)
    socket.write(
      `POST /api/publish HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"baseVersion": 1,`,
    )
    const drip = setInterval(() => socket.write(' '), 200)
    const outcome = await closedWithin(socket, 6000)
    clearInterval(drip)
    socket.destroy()
    expect(outcome).not.toBe('open')
  })

  it('refuses JSON nested deeper than any request needs, before parsing it', async () => {
    const { url } = await s.start()
    const cookie = await login(url, 'alice')
    const deep = 200_000
    const body = `{"baseVersion": 1, "name": "x.csv", "csv": "x", "indicators": ${'['.repeat(deep)}${']'.repeat(deep)}}`
    const res = await call<{ error: string }>(`${url}/api/publish`, 'POST', body, { cookie })
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('tooDeep')
  })

  it('refuses NUL, bidi overrides and invalid UTF-8 with a located 400, and stores nothing', async () => {
    const { url } = await s.start()
    const cookie = await login(url, 'alice')
    type Refusal = { error: string; message: { zh: string; en: string } }
    const nul = await publishCsv<Refusal>(url, cookie, {
      baseVersion: 1,
      name: 'x.csv',
      csv: csvOf(TEST_ROW, `${TEST_ROW.replace('1990-01', '1990-02')}\u0000`),
    })
    expect(nul.status).toBe(400)
    expect(nul.body.error).toBe('badText')
    expect(nul.body.message.en).toContain('csv row 3, column H')
    expect(nul.body.message.en).toContain('U+0000')

    const bidi = await publishCsv<Refusal>(url, cookie, { baseVersion: 1, name: 'x\u202e.csv', csv: csvOf(TEST_ROW) })
    expect(bidi.status).toBe(400)
    expect(bidi.body.message.en).toContain('"name"')
    expect(bidi.body.message.en).toContain('U+202E')

    const json = Buffer.from(JSON.stringify({ baseVersion: 1, name: 'x.csv', csv: csvOf(`${TEST_ROW}MARK`) }))
    const at = json.indexOf('MARK')
    json[at] = 0xff
    const res = await fetch(`${url}/api/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: json,
    })
    const invalid = (await res.json()) as Refusal
    expect(res.status).toBe(400)
    expect(invalid.message.en).toContain('csv row 2, column H')
    expect(invalid.message.en).toContain('invalid UTF-8')
    expect((await call(`${url}/api/health`, 'GET')).body).toMatchObject({ version: 1 })
  })

  it('keeps tab and line breaks in CSV text', async () => {
    const { url } = await s.start()
    const cookie = await login(url, 'alice')
    const csv = [HEADER, `${TEST_ROW}\tnote`].join('\r\n') + '\r\n'
    const res = await publishCsv(url, cookie, { baseVersion: 1, name: 'x.csv', csv })
    expect(res.status).toBe(200)
  })

  it('caps the connections one address may hold open', async () => {
    const { url } = await s.start({ maxConnectionsPerAddress: 5 })
    const sockets = await Promise.all(Array.from({ length: 8 }, () => socketTo(url)))
    const outcomes = await Promise.all(sockets.map((s) => closedWithin(s, 1000)))
    expect(outcomes.filter((o) => o === 'open')).toHaveLength(5)
    await Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.end(() => resolve()))))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await call(`${url}/api/health`, 'GET')).status).toBe(200)
  })
})
