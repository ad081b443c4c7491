import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { call, login, serverPerTest } from '../helpers'
import { mimePart, smtpReceiver } from './receivers'

const s = serverPerTest()
const SMTP_PASSWORD = 'smtp-pass-5e1b'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
// The server draws the brief's charts: minutes on a busy 2-core machine.
const MINUTES = 300_000

/** The text of every part of a .docx (body, headers, footers) from a mail's attachment. */
async function mailedBrief(watermark: boolean): Promise<string> {
  const smtp = await smtpReceiver(SMTP_PASSWORD)
  const server = await s.start()
  const cookie = await login(server.url, 'alice')
  expect((await call(`${server.url}/api/shares/settings`, 'PUT', { watermark }, { cookie })).status).toBe(200)
  const added = await call<{ id: string }>(
    `${server.url}/api/delivery/destinations`,
    'POST',
    {
      name: '办公室邮箱',
      when: { publish: false, warning: false, schedule: null },
      what: { figures: true, warnings: true, link: false, brief: true },
      target: {
        kind: 'email',
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user: 'office',
        password: SMTP_PASSWORD,
        from: 'ip-stats@example.gov.cn',
        to: ['leader@example.gov.cn'],
      },
    },
    { cookie },
  )
  expect(added.status).toBe(200)
  const test = await call(`${server.url}/api/delivery/destinations/${added.body.id}/test`, 'POST', {}, { cookie })
  expect(test.status).toBe(202)
  await server.app.delivery.settled()
  const attachment = mimePart(smtp.mails[0]?.raw ?? '', DOCX)
  const files = unzipSync(new Uint8Array(attachment?.body ?? []))
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n')
}

describe('the delivered brief', () => {
  it(
    'carries the watermark, naming its destination, when the analysts switched it on',
    async () => {
      const text = await mailedBrief(true)
      expect(text).toMatch(/内部资料 · 办公室邮箱 · \d{4}/)
    },
    MINUTES,
  )

  it(
    'carries none while it is off',
    async () => {
      const text = await mailedBrief(false)
      expect(text).toContain('衡阳市知识产权统计简报')
      expect(text).not.toContain('内部资料 · 办公室邮箱')
    },
    MINUTES,
  )
})
