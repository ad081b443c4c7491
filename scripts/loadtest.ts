/**
 * `npm run loadtest [-- --url http://host:port] [--connections 200] [--duration 10]`
 * `npm run loadtest -- --publish [--figures 100000]`
 *
 * Many viewers on loopback: autocannon opens 200 connections against the published data (a full
 * download, a revalidation answered 304, a gzip download) and /api/health, and prints requests per
 * second and latency percentiles. Without --url it starts the production server itself, in its own
 * process and on a copy of data/, so the load generator and the server do not share one event loop.
 *
 * `--publish` measures instead what viewers see while an analyst publishes: it publishes that many
 * synthetic figures (real region and indicator ids, values marked TEST, in a temporary state
 * directory only) while ten clients ask /api/health one request after another, and prints the
 * health latencies seen during the publish.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { UserStore } from '../server/store/users'
import { syntheticLevelsCsv } from '../tests/support/syntheticFigures'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

async function startServer(stateDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, STATE_DIR: stateDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolveStart, reject) => {
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += String(c)
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1]
      if (url) resolveStart({ child, url })
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN

async function publishUnderLoad(url: string, figures: number): Promise<void> {
  const password = 'loadtest pass phrase'
  const login = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'loadtest', password }),
  })
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
  const body = JSON.stringify({ baseVersion: 1, name: 'loadtest.csv', csv: syntheticLevelsCsv(figures) })
  const latencies: number[] = []
  let publishing = true
  const started = performance.now()
  const publish = fetch(`${url}/api/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  }).then(async (r) => {
    const took = performance.now() - started
    publishing = false
    return { status: r.status, took, body: await r.text() }
  })
  const client = async () => {
    while (publishing) {
      const t = performance.now()
      await fetch(`${url}/api/health`).then((r) => r.arrayBuffer())
      if (publishing) latencies.push(performance.now() - t)
    }
  }
  const [result] = await Promise.all([publish, ...Array.from({ length: 10 }, client)])
  const sorted = latencies.sort((a, b) => a - b)
  const ms = (v: number) => v.toFixed(1)
  console.log(
    `publish of ${figures} figures (${(body.length / 1024 / 1024).toFixed(1)} MB): ${result.status} in ${ms(result.took)} ms`,
  )
  if (result.status !== 200) console.log(result.body.slice(0, 400))
  console.log('| /api/health during the publish | answered | p50 ms | p99 ms | max ms |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  console.log(
    `| 10 clients, one request after another | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? Number.NaN)} |`,
  )
}

async function main() {
  if (process.argv.includes('--publish')) {
    const stateDir = await mkdtemp(join(tmpdir(), 'hy-loadtest-'))
    await new UserStore(stateDir).add('loadtest', 'loadtest pass phrase', { cost: { N: 1 << 10, r: 8, p: 1 } })
    const { child, url } = await startServer(stateDir)
    try {
      await publishUnderLoad(url, Number(option('figures', '100000')))
    } finally {
      child.kill('SIGTERM')
      await rm(stateDir, { recursive: true, force: true })
    }
    return
  }
  const connections = Number(option('connections', '200'))
  const duration = Number(option('duration', '10'))
  let url = option('url', '')
  let child: ChildProcess | undefined
  let stateDir: string | undefined
  if (!url) {
    stateDir = await mkdtemp(join(tmpdir(), 'hy-loadtest-'))
    ;({ child, url } = await startServer(stateDir))
  }
  url = url.replace(/\/$/, '')
  try {
    const probe = await fetch(`${url}/data/observations.csv`)
    const etag = probe.headers.get('etag') ?? ''
    const size = (await probe.arrayBuffer()).byteLength
    const scenarios: { name: string; path: string; headers?: Record<string, string> }[] = [
      { name: `GET /data/observations.csv (200, ${Math.round(size / 1024)} KB)`, path: '/data/observations.csv' },
      {
        name: 'GET /data/observations.csv If-None-Match (304)',
        path: '/data/observations.csv',
        headers: { 'If-None-Match': etag },
      },
      {
        name: 'GET /data/observations.csv gzip (200)',
        path: '/data/observations.csv',
        headers: { 'Accept-Encoding': 'gzip' },
      },
      { name: 'GET /api/health', path: '/api/health' },
    ]
    const cpu = cpus()
    console.log(
      `${new Date().toISOString()} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · Node ${process.version} · ${connections} connections · ${duration} s each · ${url}`,
    )
    console.log('| scenario | requests/s | p50 ms | p99 ms | max ms | MB/s | non-2xx/304 | errors |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const s of scenarios) {
      const r = await autocannon({ url: `${url}${s.path}`, connections, duration, headers: s.headers })
      const expected = s.headers?.['If-None-Match'] ? '304' : '200'
      const unexpected = Object.entries(r.statusCodeStats)
        .filter(([code]) => code !== expected)
        .reduce((n, [, v]) => n + Number(v.count), 0)
      console.log(
        `| ${s.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${(r.throughput.average / 1024 / 1024).toFixed(1)} | ${unexpected} | ${r.errors} |`,
      )
    }
  } finally {
    child?.kill('SIGTERM')
    if (stateDir) await rm(stateDir, { recursive: true, force: true })
  }
}

await main()
