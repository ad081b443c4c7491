import { describe, expect, it } from 'vitest'
import type { ScreenBeat } from '../../../../contract/api'
import { sendBeat } from '@/io/api/screenBeat'

const BASE = 'http://127.0.0.1:4173/ip/'
const BEAT: ScreenBeat = { name: '三楼会议室', version: 3, page: 'trends', refreshedAgo: 12 }
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const beatWith = (answer: () => Response | Promise<Response>) => sendBeat(BEAT, () => Promise.resolve(answer()), BASE)

describe('a screen’s heartbeat', () => {
  it('posts the screen’s state as JSON next to the app, and reads the answer', async () => {
    const sent: { url: string; init?: RequestInit }[] = []
    const answer = await sendBeat(
      BEAT,
      (url, init) => {
        sent.push({ url: url as string, init })
        return Promise.resolve(json(200, { reload: true, beatSeconds: 60 }))
      },
      BASE,
    )
    expect(answer).toEqual({ reload: true, beatSeconds: 60 })
    expect(sent.map((s) => [s.url, s.init?.method, JSON.parse(s.init?.body as string)])).toEqual([
      ['http://127.0.0.1:4173/ip/api/screens/beat', 'POST', BEAT],
    ])
  })

  it.each([
    ['no network', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a refusal', () => json(429, { error: 'tooManyRequests', message: { zh: '…', en: '…' } })],
    ['no session', () => json(401, { error: 'unauthenticated', message: { zh: '…', en: '…' } })],
    ['a static host’s page', () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })],
    ['an answer without an interval', () => json(200, { reload: true })],
  ])('is null, never an error, after %s', async (_case, answer) => {
    expect(await beatWith(answer)).toBeNull()
  })
})
