import { Type, type Static } from 'typebox'

/**
 * Delivery: where the server sends the headline figures, the 监测预警 and the Word brief, when, and
 * what became of each send. Secrets (a robot's webhook, which carries its key; a 钉钉 signing secret;
 * an SMTP password) travel to the server only: the answers carry a hint of them, never the value.
 */

const expecting = (zh: string, en: string) => ({ expected: { zh, en } })
const bodyObject = expecting('JSON 对象', 'a JSON object')

export const DELIVERY_KINDS = ['wecom', 'dingtalk', 'email'] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/** Why a send was made: after a publish, at its scheduled time, a new warning, or an analyst's test. */
export const DELIVERY_TRIGGERS = ['publish', 'schedule', 'warning', 'test'] as const
export type DeliveryTrigger = (typeof DELIVERY_TRIGGERS)[number]

/** A send's state: under way, waiting to try again, delivered, given up, or skipped as unchanged. */
const SEND_STATES = ['sending', 'retrying', 'sent', 'failed', 'unchanged'] as const

// Printable text: control characters end C strings and confuse logs and mail headers.
const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]*$'

const text = (max: number, min = 0) =>
  Type.String({
    minLength: min,
    maxLength: max,
    pattern: PRINTABLE,
    ...expecting(
      `最多 ${max} 个字符的文本，不含控制字符`,
      `a text of at most ${max} characters without control characters`,
    ),
  })

const httpUrl = Type.String({
  maxLength: 2000,
  pattern: '^https?://[^\\s\\u0000-\\u001f\\u007f]+$',
  ...expecting('以 http:// 或 https:// 开头的网址', 'an address starting with http:// or https://'),
})

const mailbox = Type.String({
  maxLength: 254,
  pattern: '^[^\\s@<>,;"]+@[^\\s@<>,;"]+$',
  ...expecting('电子邮件地址', 'an e-mail address'),
})

/** When a destination is sent to. A schedule is a cron string read in its time zone. */
export const DeliveryWhen = Type.Object(
  {
    publish: Type.Boolean(),
    warning: Type.Boolean(),
    schedule: Type.Union([
      Type.Null(),
      Type.Object({
        cron: Type.String({
          minLength: 9,
          maxLength: 100,
          pattern: '^[0-9A-Za-z*/,?#LW -]+$',
          ...expecting('cron 表达式，如 0 9 5 * *（每月5日9:00）', 'a cron string such as 0 9 5 * * (the 5th, 09:00)'),
        }),
        timeZone: Type.String({
          minLength: 1,
          maxLength: 64,
          pattern: '^[A-Za-z_+\\-/0-9]+$',
          ...expecting('时区，如 Asia/Shanghai', 'a time zone such as Asia/Shanghai'),
        }),
      }),
    ]),
  },
  bodyObject,
)
export type DeliveryWhen = Static<typeof DeliveryWhen>

/** What a message holds: the headline figures, the warnings' sentences, the link; e-mail may attach the brief. */
export const DeliveryWhat = Type.Object(
  { figures: Type.Boolean(), warnings: Type.Boolean(), link: Type.Boolean(), brief: Type.Boolean() },
  bodyObject,
)
export type DeliveryWhat = Static<typeof DeliveryWhat>

/** A destination as an analyst sends it. A secret left out of an edit keeps the one stored. */
const RobotTarget = <K extends 'wecom' | 'dingtalk'>(kind: K) =>
  Type.Object({ kind: Type.Literal(kind), webhook: Type.Optional(httpUrl) }, bodyObject)

const SmtpFields = {
  host: Type.String({
    minLength: 1,
    maxLength: 253,
    pattern: '^[A-Za-z0-9.\\-:\\[\\]]+$',
    ...expecting('邮件服务器的主机名或地址', "the mail server's host name or address"),
  }),
  port: Type.Integer({ minimum: 1, maximum: 65535, ...expecting('端口号（1–65535）', 'a port (1–65535)') }),
  secure: Type.Boolean(),
  user: text(254),
  from: mailbox,
  to: Type.Array(mailbox, {
    minItems: 1,
    maxItems: 50,
    ...expecting('1 至 50 个收件人地址', 'one to fifty recipient addresses'),
  }),
}

export const DestinationRequest = Type.Object(
  {
    name: text(100, 1),
    when: DeliveryWhen,
    what: DeliveryWhat,
    target: Type.Union([
      RobotTarget('wecom'),
      Type.Object(
        { kind: Type.Literal('dingtalk'), webhook: Type.Optional(httpUrl), secret: Type.Optional(text(200, 1)) },
        bodyObject,
      ),
      Type.Object({ kind: Type.Literal('email'), ...SmtpFields, password: Type.Optional(text(1024)) }, bodyObject),
    ]),
  },
  bodyObject,
)
export type DestinationRequest = Static<typeof DestinationRequest>

/** A secret as the API shows it: whether one is stored, and its last characters (`••••1234`). */
export const SecretHint = Type.Object({ set: Type.Boolean(), hint: Type.String() })
export type SecretHint = Static<typeof SecretHint>

const DestinationTarget = Type.Union([
  Type.Object({ kind: Type.Literal('wecom'), webhook: SecretHint }),
  Type.Object({ kind: Type.Literal('dingtalk'), webhook: SecretHint, secret: SecretHint }),
  Type.Object({ kind: Type.Literal('email'), ...SmtpFields, password: SecretHint }),
])

export const DestinationInfo = Type.Object({
  id: Type.String(),
  name: Type.String(),
  when: DeliveryWhen,
  what: DeliveryWhat,
  target: DestinationTarget,
  /** The next scheduled send (ISO 8601), when it has a schedule. */
  nextRun: Type.Union([Type.String(), Type.Null()]),
})
export type DestinationInfo = Static<typeof DestinationInfo>

/** One send to one destination, as the page lists it. */
export const SendInfo = Type.Object({
  id: Type.String(),
  destination: Type.String(),
  name: Type.String(),
  trigger: Type.Enum(DELIVERY_TRIGGERS),
  /** The published version whose figures were sent. */
  version: Type.Integer(),
  /** When it began (ISO 8601). */
  at: Type.String(),
  state: Type.Enum(SEND_STATES),
  attempts: Type.Integer(),
  /** When the next try is due, while retrying (ISO 8601). */
  nextTry: Type.Union([Type.String(), Type.Null()]),
  /** Why the last try failed, with no secret in it. */
  error: Type.Union([Type.String(), Type.Null()]),
})
export type SendInfo = Static<typeof SendInfo>

export const DeliveryOverview = Type.Object({
  /** The dashboard's public address messages link to ('' when not configured: no link is sent). */
  publicUrl: Type.String(),
  destinations: Type.Array(DestinationInfo),
  /** Newest first. */
  sends: Type.Array(SendInfo),
})
export type DeliveryOverview = Static<typeof DeliveryOverview>

export const DestinationId = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', ...expecting('目标编号', "a destination's id") }),
})

export const DeliveryOk = Type.Object({ ok: Type.Literal(true) })
