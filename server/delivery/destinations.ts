import { randomBytes } from 'node:crypto'
import type { DestinationInfo, DestinationRequest, SecretHint } from '../../contract/delivery'
import { badRequest } from '../errors'
import { knownTimeZone, nextRun } from './clock'
import type { StoredDestination, StoredTarget } from './store'

/** A secret as the API shows it: set or not, and its last four characters when it is long enough to spare them. */
function hintOf(secret: string): SecretHint {
  if (!secret) return { set: false, hint: '' }
  return { set: true, hint: secret.length >= 12 ? `••••${secret.slice(-4)}` : '••••' }
}

function shownTarget(t: StoredTarget): DestinationInfo['target'] {
  switch (t.kind) {
    case 'wecom':
      return { kind: 'wecom', webhook: hintOf(t.webhook) }
    case 'dingtalk':
      return { kind: 'dingtalk', webhook: hintOf(t.webhook), secret: hintOf(t.secret) }
    case 'email': {
      const { password, ...rest } = t
      return { ...rest, password: hintOf(password) }
    }
  }
}

/** A destination as the page sees it: no secret, only hints of them, and its next scheduled time. */
export function shownDestination(d: StoredDestination, now: number): DestinationInfo {
  const s = d.when.schedule
  const next = s ? nextRun(s.cron, s.timeZone, now) : null
  return {
    id: d.id,
    name: d.name,
    when: d.when,
    what: d.what,
    target: shownTarget(d.target),
    nextRun: next === null ? null : new Date(next).toISOString(),
  }
}

const missing = (zh: string, en: string) => badRequest(`请填写${zh}。`, `${en} is required.`)

/** The target to store: a secret left out keeps the one stored for the same kind of destination. */
function storedTarget(t: DestinationRequest['target'], old: StoredTarget | undefined): StoredTarget {
  switch (t.kind) {
    case 'wecom': {
      const webhook = t.webhook ?? (old?.kind === 'wecom' ? old.webhook : undefined)
      if (!webhook) throw missing('机器人的 Webhook 地址', "The robot's webhook address")
      return { kind: 'wecom', webhook }
    }
    case 'dingtalk': {
      const kept = old?.kind === 'dingtalk' ? old : undefined
      const webhook = t.webhook ?? kept?.webhook
      const secret = t.secret ?? kept?.secret
      if (!webhook) throw missing('机器人的 Webhook 地址', "The robot's webhook address")
      if (!secret) throw missing('机器人的加签密钥（SEC 开头）', "The robot's signing secret (starting SEC)")
      return { kind: 'dingtalk', webhook, secret }
    }
    case 'email': {
      const { password, ...rest } = t
      return { ...rest, password: password ?? (old?.kind === 'email' ? old.password : '') }
    }
  }
}

/** Checks what the schema cannot: that the schedule's cron string and time zone are ones that run. */
function checkSchedule(when: DestinationRequest['when']): void {
  const s = when.schedule
  if (!s) return
  if (!knownTimeZone(s.timeZone)) throw badRequest(`不认识时区 ${s.timeZone}。`, `Unknown time zone ${s.timeZone}.`)
  try {
    nextRun(s.cron, s.timeZone, 0)
  } catch {
    throw badRequest(`cron 表达式 ${s.cron} 无效。`, `The cron string ${s.cron} is not valid.`)
  }
}

/** A new or changed destination as stored, from the analyst's request. */
export function destinationOf(request: DestinationRequest, old?: StoredDestination): StoredDestination {
  checkSchedule(request.when)
  return {
    id: old?.id ?? randomBytes(9).toString('base64url'),
    name: request.name.trim(),
    when: request.when,
    what: request.what,
    target: storedTarget(request.target, old?.target),
  }
}
