import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { fromEnv } from '../../../server/config'
import { serverPerTest } from '../helpers'

const s = serverPerTest()

interface RawReply {
  readonly status: number
  readonly body: string
}

/** A request written byte for byte on its own connection: headers go as given, repeated ones too. */
function raw(url: string, head: readonly string[], body = ''): Promise<RawReply> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write([...head, 'Connection: close', '', body].join('\r\n'))
    })
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('end', () => {
      const reply = Buffer.concat(chunks).toString('utf8')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1])
      resolve({ status, body: reply.slice(reply.indexOf('\r\n\r\n') + 4) })
    })
  })
}

const get = (url: string, path: string, ...headers: string[]) => raw(url, [`GET ${path} HTTP/1.1`, ...headers])
const port = () => new URL(s.server.url).port

function expectRefusal(reply: RawReply, status: number, error: string) {
  expect(reply.status).toBe(status)
  const body = JSON.parse(reply.body) as { error: string; message: { zh: string; en: string } }
  expect(body.error).toBe(error)
  expect(body.message.zh).toMatch(/拒绝/)
  expect(body.message.en).toMatch(/Refused/)
  return body
}

describe('the Host a request names', () => {
  it('refuses a name that is none of the server’s (DNS rebinding) with 421 and the app’s error body, on pages, data and the API', async () => {
    const url = (await s.start({ appDir: 'dist' })).url
    for (const host of ['rebind.evil.example', `rebind.evil.example:${port()}`, `127.0.0.1.evil.example:${port()}`])
      for (const path of ['/', '/data/manifest.json', '/api/health', '/api/versions']) {
        const reply = await get(url, path, `Host: ${host}`)
        const body = expectRefusal(reply, 421, 'unknownHost')
        expect(body.message.en).toContain(host)
        expect(body.message.zh).toContain('ORIGINS')
      }
    // Nothing is done for it: a login is refused before the password is looked at.
    const body = JSON.stringify({ name: 'alice', password: 'whatever' })
    const login = await raw(
      url,
      [
        'POST /api/login HTTP/1.1',
        'Host: rebind.evil.example',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
      ],
      body,
    )
    expect(login.status).toBe(421)
  })

  it('answers under a loopback name, the address it listens on, and a configured origin’s host, whatever the port', async () => {
    const url = (await s.start({ origins: ['https://ip.example.cn', 'http://10.9.8.7:4173'] })).url
    for (const host of [
      `127.0.0.1:${port()}`,
      '127.0.0.1',
      `localhost:${port()}`,
      `[::1]:${port()}`,
      'ip.example.cn',
      'IP.Example.CN:8443',
      '10.9.8.7:4173',
    ])
      expect((await get(url, '/api/health', `Host: ${host}`)).status, host).toBe(200)
    expectRefusal(await get(url, '/api/health', 'Host: other.example.cn'), 421, 'unknownHost')
    expectRefusal(await get(url, '/api/health', 'Host: 10.9.8.8'), 421, 'unknownHost')
  })

  it('refuses a request with two Host headers with 400, even when both name the server', async () => {
    const url = (await s.start()).url
    const own = `Host: 127.0.0.1:${port()}`
    expectRefusal(await get(url, '/api/health', own, own), 400, 'duplicateHost')
    expectRefusal(await get(url, '/data/manifest.json', own, 'host: rebind.evil.example'), 400, 'duplicateHost')
    expectRefusal(await get(url, '/api/health', 'Host: rebind.evil.example', own), 400, 'duplicateHost')
    expect((await get(url, '/api/health', own)).status).toBe(200)
  })

  it('behind a trusted proxy, checks the host its client asked for (X-Forwarded-Host)', async () => {
    const url = (await s.start({ trustProxy: 1, origins: ['https://ip.example.cn'] })).url
    const local = `Host: 127.0.0.1:${port()}`
    expect((await get(url, '/api/health', local, 'X-Forwarded-Host: ip.example.cn')).status).toBe(200)
    expectRefusal(await get(url, '/api/health', local, 'X-Forwarded-Host: rebind.evil.example'), 421, 'unknownHost')
  })

  it('takes ORIGINS from the environment, and will not start with one that is no origin', async () => {
    const env = { ORIGINS: 'https://ip.example.cn, http://10.9.8.7:4173' }
    expect(fromEnv(env).server.origins).toEqual(['https://ip.example.cn', 'http://10.9.8.7:4173'])
    expect(fromEnv({}).server.origins).toEqual([])
    await expect(s.start({ origins: ['ip.example.cn'] })).rejects.toThrow(/ORIGINS: "ip\.example\.cn"/)
    await expect(s.start({ origins: ['https://ip.example.cn/app'] })).rejects.toThrow(/ORIGINS/)
  })
})
