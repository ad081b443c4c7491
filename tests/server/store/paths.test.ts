import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSafeRelativeName, resolveInside } from '../../../server/store/paths'
import { VersionStore } from '../../../server/store/versions'
import { addUser, start, tempDirs, text, type Running, type TempDirs } from '../helpers'

let dirs: TempDirs
let server: Running

beforeAll(async () => {
  dirs = await tempDirs()
  await addUser(dirs.state, 'alice')
  const app = join(dirs.root, 'app')
  await mkdir(join(app, 'assets'), { recursive: true })
  await mkdir(join(app, 'data'))
  await writeFile(join(app, 'index.html'), '<!doctype html><title>衡阳</title>')
  await writeFile(join(app, 'assets', 'index-AbCd1234.js'), 'console.log(1)')
  await writeFile(join(app, 'data', 'observations.csv'), 'stale copy from the build')
  await writeFile(join(app, '.env'), 'SECRET=1')
  server = await start(dirs, { appDir: app })
})

afterAll(async () => {
  await server.close()
  await dirs.cleanup()
})

/** A request with the path sent exactly as written (fetch would normalise `..`). */
function raw(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('file names from requests', () => {
  it.each([
    '/data/../package.json',
    '/data/..%2fpackage.json',
    '/data/%2e%2e/%2e%2e/package.json',
    '/data/%2e%2e%2f%2e%2e%2fpackage.json',
    '/data/%2E%2E%2F%2E%2E%2Fusers.json',
    '/data/bulletins/../../../users.json',
    '/data/bulletins/..%2f..%2f..%2fusers.json',
    '/data/..%5c..%5cusers.json',
    '/data/%252e%252e%252fusers.json',
    '/data/%2Fetc%2Fpasswd',
    '/data//etc/passwd',
    '/data/C:%5cWindows%5cwin.ini',
    '/data/observations.csv%00.json',
    '/data/%00',
    '/data/./manifest.json',
    '/data/versions/1/meta.json',
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/.env',
  ])('refuses %s', async (path) => {
    const res = await raw(path)
    expect([400, 403, 404]).toContain(res.status)
    expect(res.body).not.toContain('hengyang-ip-dashboard')
    expect(res.body).not.toContain('scrypt$')
    expect(res.body).not.toContain('root:')
    expect(res.body).not.toContain('SECRET')
  })

  it('names the reason for an unsafe name', async () => {
    const res = await raw('/data/..%2fpackage.json')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({
      error: 'badPath',
      message: { zh: expect.stringContaining('..') as unknown, en: expect.stringContaining('..') as unknown },
    })
  })

  it('serves only the files the manifest lists', async () => {
    expect((await raw('/data/bulletins/2023-02.md')).status).toBe(200)
    expect((await raw('/data/manifest.json')).status).toBe(200)
    expect((await raw('/data/README.md')).status).toBe(404)
  })

  it('checks names without the server too', () => {
    for (const ok of ['observations.csv', 'bulletins/2023-02.md', '衡阳.csv'])
      expect(isSafeRelativeName(ok), ok).toBe(true)
    for (const bad of [
      '',
      '.',
      '..',
      '../x',
      'a/../b',
      'a//b',
      '/etc/passwd',
      'a\\b',
      'C:x',
      'x\u0000y',
      'x\ny',
      'a/./b',
      'x/',
      'a'.repeat(201),
    ]) {
      expect(isSafeRelativeName(bad), JSON.stringify(bad)).toBe(false)
    }
    expect(resolveInside('/srv/state', 'a/b.csv')).toBe('/srv/state/a/b.csv')
    expect(resolveInside('/srv/state', '../state2/x')).toBeNull()
  })

  it('refuses to publish a data directory whose manifest names a file outside it', async () => {
    const evil = await tempDirs()
    await writeFile(
      join(evil.seed, 'manifest.json'),
      JSON.stringify({
        version: 1,
        home_region: '衡阳市',
        observations: ['../../outside.csv'],
        indicators: 'indicators.csv',
        regions: 'regions.csv',
        bulletins: [],
      }),
    )
    await expect(VersionStore.open(evil.state, evil.seed)).rejects.toThrow(/unsafe file name/)
    await evil.cleanup()
  })
})

describe('the app', () => {
  it('is served from the app directory, hashed assets cached for a year, the rest revalidated', async () => {
    const index = await text(`${server.url}/`)
    expect(index.status).toBe(200)
    expect(index.body).toContain('<title>衡阳</title>')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    const asset = await text(`${server.url}/assets/index-AbCd1234.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves /data from the current version, not the build’s copy', async () => {
    const data = await text(`${server.url}/data/observations.csv`)
    expect(data.body).not.toContain('stale copy')
    expect(data.body.startsWith('region,period,indicator,value')).toBe(true)
  })

  it('reports its health and the current version', async () => {
    const res = await text(`${server.url}/api/health`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(JSON.parse(res.body)).toEqual({ ok: true, version: 1, requireLogin: false })
  })

  it('answers HEAD for published files with the same validators', async () => {
    const get = await fetch(`${server.url}/data/manifest.json`)
    const head = await fetch(`${server.url}/data/manifest.json`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
  })

  it('answers unknown addresses with a JSON 404', async () => {
    const res = await text(`${server.url}/api/nothing`)
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body)).toMatchObject({ error: 'notFound' })
  })
})
