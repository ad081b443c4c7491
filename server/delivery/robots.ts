import { createHmac } from 'node:crypto'

/** A send that did not arrive, with a reason that names no secret (never the address, which holds the key). */
export class SendFailed extends Error {}

/**
 * 钉钉's signed webhook: `timestamp` (ms) and `sign` = Base64(HMAC-SHA256(secret, timestamp + "\n" +
 * secret)), URL-encoded, added to the webhook's query (its robot security setting 加签).
 */
export function signedDingtalkUrl(webhook: string, secret: string, now: number): string {
  const timestamp = String(now)
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64')
  const url = new URL(webhook)
  url.searchParams.set('timestamp', timestamp)
  url.searchParams.set('sign', sign)
  return url.toString()
}

const reasonOf = (e: unknown): string => {
  if (e instanceof SendFailed) return e.message
  if (e instanceof Error && e.name === 'TimeoutError') return 'timeout'
  const cause = e instanceof Error ? (e.cause as { code?: unknown } | undefined) : undefined
  return typeof cause?.code === 'string' ? cause.code : 'network error'
}

/**
 * Posts a robot's JSON message. Both robots answer HTTP 200 with `{"errcode":0,"errmsg":"ok"}` when
 * they took the message, and another errcode when they refused it (a wrong key, a bad signature, a
 * message too long): anything else is a failure.
 */
export async function postRobot(url: string, body: unknown, timeoutMs: number): Promise<void> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const reply = (await res.json().catch(() => null)) as { errcode?: unknown; errmsg?: unknown } | null
    if (!res.ok) throw new SendFailed(`HTTP ${res.status}`)
    if (reply?.errcode !== 0)
      throw new SendFailed(
        `errcode ${String(reply?.errcode)}: ${typeof reply?.errmsg === 'string' ? reply.errmsg : ''}`.slice(0, 200),
      )
  } catch (e) {
    throw new SendFailed(reasonOf(e))
  }
}
