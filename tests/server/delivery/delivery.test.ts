import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { formatPeriodLabel, formatQuantity } from '@/domain/display/format'
import { parsePeriod } from '@/domain/period'
import type { ServerOptions } from '../../../server/config'
import { call, csvOf, login, realRow, serverPerTest } from '../helpers'
import { headerText, mimePart, robotReceiver, smtpReceiver, TestClock } from './receivers'

// A real published figure the seed leaves out: publishing it makes it the latest 有效发明专利量.
const NEW_ROW = '衡阳市,2025-07,valid_invention_patents,4558,'
const added = await realRow(NEW_ROW)
// A real figure no message quotes (not a lead indicator), altered: a test edit, never a published figure.
const QUIET_ROW = '衡阳市,2023-08..08,patent_grants_agency,16,'
const quiet = (await realRow(QUIET_ROW))
  .split(',')
  .map((c, i) => (i === 3 ? '17' : i === 7 ? 'test edit' : c))
  .join(',')
const s = serverPerTest({ dropRows: [added] })

const SMTP_PASSWORD = 'smtp-pass-0f3a9c'
const DING_SECRET = 'SEC0123456789abcdef0123456789abcdef'
const WECOM_KEY = 'wecom-key-7d1e2b94'
const PUBLIC_URL = 'https://ip.example.gov.cn/'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

// Each test starts a server, logs in, publishes and sends: minutes on a busy 2-core machine.
const MINUTES = 300_000

const all = { figures: true, warnings: true, link: true, brief: true }
const onPublish = { publish: true, warning: false, schedule: null }

/** The new figure as every message must state it: its value with unit, and its period. */
const figure = {
  value: formatQuantity(4558, '件', 'zh'),
  period: formatPeriodLabel(parsePeriod('2025-07') ?? { type: 'year', year: 0 }, 'stock', 'zh'),
}

async function started(options: Partial<ServerOptions['delivery']> = {}) {
  const lines: string[] = []
  const server = await s.start({ delivery: { publicUrl: PUBLIC_URL, ...options }, log: (m) => lines.push(m) })
  const cookie = await login(server.url, 'alice')
  const api = <T = Record<string, unknown>>(path: string, method = 'GET', body?: unknown) =>
    call<T>(`${server.url}/api/delivery${path}`, method, body, { cookie })
  return { server, cookie, api, lines }
}

type Api = Awaited<ReturnType<typeof started>>['api']

const addRobots = async (api: Api, base: string, when: object = onPublish) => {
  const wecom = await api<{ id: string }>('/destinations', 'POST', {
    name: '局领导群（企业微信）',
    when,
    what: all,
    target: { kind: 'wecom', webhook: `${base}/cgi-bin/webhook/send?key=${WECOM_KEY}` },
  })
  const dingtalk = await api<{ id: string }>('/destinations', 'POST', {
    name: '局领导群（钉钉）',
    when,
    what: all,
    target: { kind: 'dingtalk', webhook: `${base}/robot/send?access_token=ding-token`, secret: DING_SECRET },
  })
  expect([wecom.status, dingtalk.status]).toEqual([200, 200])
  return { wecom: wecom.body.id, dingtalk: dingtalk.body.id }
}

const addMail = (api: Api, port: number, when: object = onPublish) =>
  api<{ id: string }>('/destinations', 'POST', {
    name: '办公室邮箱',
    when,
    what: all,
    target: {
      kind: 'email',
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'office',
      password: SMTP_PASSWORD,
      from: 'ip-stats@example.gov.cn',
      to: ['leader@example.gov.cn', 'office@example.gov.cn'],
    },
  })

const publishNewFigure = (url: string, cookie: string) =>
  call(`${url}/api/publish`, 'POST', { baseVersion: 1, name: '衡阳 2025-07.csv', csv: csvOf(added) }, { cookie })

describe('delivery', () => {
  it(
    'sends one message to each robot and one mail with the brief after a publish, as each documents it',
    async () => {
      const robots = await robotReceiver()
      const smtp = await smtpReceiver(SMTP_PASSWORD)
      const { server, cookie, api } = await started()
      await addRobots(api, robots.base)
      expect((await addMail(api, smtp.port)).status).toBe(200)

      expect((await publishNewFigure(server.url, cookie)).status).toBe(200)
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
      expect(smtp.mails).toHaveLength(1)

      const [wecom] = robots.on('/cgi-bin/webhook/send')
      expect(wecom?.query.get('key')).toBe(WECOM_KEY)
      expect(Object.keys(wecom?.body ?? {}).sort()).toEqual(['markdown', 'msgtype'])
      expect(wecom?.body.msgtype).toBe('markdown')
      const content = (wecom?.body.markdown as { content: string }).content
      expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096)
      for (const words of ['内部资料', '第2版', figure.value, figure.period, PUBLIC_URL])
        expect(content).toContain(words)

      const [ding] = robots.on('/robot/send')
      const timestamp = ding?.query.get('timestamp') ?? ''
      const expected = createHmac('sha256', DING_SECRET).update(`${timestamp}\n${DING_SECRET}`).digest('base64')
      expect(ding?.query.get('sign')).toBe(expected)
      expect(ding?.query.get('access_token')).toBe('ding-token')
      expect(ding?.body.msgtype).toBe('markdown')
      const markdown = ding?.body.markdown as { title: string; text: string }
      expect(markdown.title).toContain('衡阳市')
      for (const words of ['内部资料', figure.value, figure.period]) expect(markdown.text).toContain(words)

      const [mail] = smtp.mails
      expect(mail?.user).toBe('office')
      expect(mail?.to).toEqual(['leader@example.gov.cn', 'office@example.gov.cn'])
      expect(headerText(mail?.raw ?? '', 'Subject')).toContain('内部资料')
      const attachment = mimePart(mail?.raw ?? '', DOCX)
      expect(attachment?.headers).toMatch(/Content-Disposition: attachment;.*\.docx/)
      const files = unzipSync(new Uint8Array(attachment?.body ?? []))
      const document = strFromU8(files['word/document.xml'] ?? new Uint8Array())
      for (const words of ['衡阳市知识产权统计简报', '4558', figure.period, '有效发明专利'])
        expect(document).toContain(words)
      // The charts were drawn on the server and placed in the document.
      expect(Object.keys(files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true)
    },
    MINUTES,
  )

  it(
    'sends nothing twice: a version whose headline figures and warnings are unchanged is not sent',
    async () => {
      const robots = await robotReceiver()
      const { server, cookie, api } = await started()
      await addRobots(api, robots.base, { publish: true, warning: true, schedule: null })
      expect((await publishNewFigure(server.url, cookie)).status).toBe(200)
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
      // A figure no message quotes makes a new version, but nothing new to say.
      const again = await call(
        `${server.url}/api/publish`,
        'POST',
        { baseVersion: 2, name: 'agency', csv: csvOf(quiet) },
        { cookie },
      )
      expect(again.status).toBe(200)
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
      const { body } = await api<{ sends: { state: string; trigger: string }[] }>('')
      expect(body.sends.filter((x) => x.state === 'sent')).toHaveLength(2)
      expect(body.sends.some((x) => x.state === 'unchanged')).toBe(true)
    },
    MINUTES,
  )

  it(
    'sends when a new warning appears, and not for the warnings there already were',
    async () => {
      const robots = await robotReceiver()
      const { server, cookie, api } = await started()
      await addRobots(api, robots.base, { publish: false, warning: true, schedule: null })
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(0)
      // The new figure, lowered: a test edit that makes the figure fall (a new 监测预警).
      const fallen = added
        .split(',')
        .map((c, i) => (i === 3 ? '3000' : i === 7 ? 'test edit' : c))
        .join(',')
      const res = await call(
        `${server.url}/api/publish`,
        'POST',
        { baseVersion: 1, name: 'fall', csv: csvOf(fallen) },
        { cookie },
      )
      expect(res.status).toBe(200)
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
      const [wecom] = robots.on('/cgi-bin/webhook/send')
      expect((wecom?.body.markdown as { content: string }).content).toMatch(/有效发明专利量下降/)
      const { body } = await api<{ sends: { state: string; trigger: string }[] }>('')
      expect(body.sends.filter((x) => x.state === 'sent').map((x) => x.trigger)).toEqual(['warning', 'warning'])
    },
    MINUTES,
  )

  it(
    'fires a schedule at its time in its time zone, under a clock the test moves',
    async () => {
      const robots = await robotReceiver()
      // 2026-12-04 12:00 in Shanghai; the schedule is the 5th of each month, 09:00 Asia/Shanghai.
      const clock = new TestClock(Date.parse('2026-12-04T04:00:00Z'))
      const { server, api } = await started({ clock })
      const ids = await addRobots(api, robots.base, {
        publish: false,
        warning: false,
        schedule: { cron: '0 9 5 * *', timeZone: 'Asia/Shanghai' },
      })
      const { body } = await api<{ destinations: { id: string; nextRun: string }[] }>('')
      expect(body.destinations.find((d) => d.id === ids.wecom)?.nextRun).toBe('2026-12-05T01:00:00.000Z')
      clock.moveTo(Date.parse('2026-12-05T00:59:59Z'))
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(0)
      clock.moveTo(Date.parse('2026-12-05T01:00:00Z'))
      await robots.until(2)
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
      // A month later the figures are the same: the schedule fires, and nothing is sent again.
      clock.moveTo(Date.parse('2027-01-05T01:00:00Z'))
      await server.app.delivery.settled()
      expect(robots.requests).toHaveLength(2)
    },
    MINUTES,
  )

  it(
    'retries a failing receiver, then shows the send as failed, and never logs or shows a secret',
    async () => {
      const robots = await robotReceiver(Infinity)
      const smtp = await smtpReceiver('another password')
      const { server, cookie, api, lines } = await started({ retryDelaysMs: [5, 5] })
      await addRobots(api, robots.base)
      expect((await addMail(api, smtp.port)).status).toBe(200)
      expect((await publishNewFigure(server.url, cookie)).status).toBe(200)
      await server.app.delivery.settled()
      // Three tries to each robot: the first and one after each delay.
      expect(robots.requests).toHaveLength(6)
      expect(smtp.mails).toHaveLength(0)
      const { body } = await api<{
        sends: { name: string; state: string; attempts: number; error: string }[]
        destinations: unknown[]
      }>('')
      const finals = body.sends.filter((x) => x.state !== 'sending' && x.state !== 'retrying')
      expect(finals.map((x) => [x.state, x.attempts]).sort()).toEqual([
        ['failed', 3],
        ['failed', 3],
        ['failed', 3],
      ])
      expect(finals.find((x) => x.name === '局领导群（企业微信）')?.error).toBe('HTTP 502')
      const audit = await readFile(join(s.dirs.state, 'audit.log'), 'utf8')
      expect(audit.match(/"action":"delivery"[^\n]*"outcome":"failed"/g)).toHaveLength(3)
      const shown = JSON.stringify(body)
      for (const secret of [WECOM_KEY, DING_SECRET, SMTP_PASSWORD]) {
        expect(shown).not.toContain(secret)
        expect(lines.join('\n')).not.toContain(secret)
        expect(audit).not.toContain(secret)
      }
      expect(shown).toContain('••••')
    },
    MINUTES,
  )
})
