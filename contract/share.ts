import { Type, type Static } from 'typebox'

/**
 * Share links: an analyst's link to one view of the published data, opened without an account until
 * it expires or is revoked; and the watermark setting that marks shared views and exports. The
 * link's token is shown once, in the answer that makes it: the server keeps a keyed digest only.
 */

const expecting = (zh: string, en: string) => ({ expected: { zh, en } })
const bodyObject = expecting('JSON 对象', 'a JSON object')

// Printable text: control characters end C strings and confuse logs.
const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]*$'

/** Longest a link may last: a share is for a meeting or a report, not a standing account. */
export const MAX_SHARE_DAYS = 90

/** The views a link may open, with their query state: the overview, the comparison, the map, the bulletins. */
const SHARED_VIEW = '^/(compare|map|bulletins)?(\\?[^\\s#\\u0000-\\u001f\\u007f]*)?$'

export const ShareRequest = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 60,
      pattern: PRINTABLE,
      ...expecting('链接名称，1 至 60 个字符', "the link's name, 1 to 60 characters"),
    }),
    view: Type.String({
      maxLength: 2000,
      pattern: SHARED_VIEW,
      ...expecting('总览、对比、地图或公报页面的地址', 'the address of the overview, comparison, map or bulletins'),
    }),
    /** When the link stops working (ISO 8601). */
    expiresAt: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
      ...expecting('到期时间（ISO 8601）', 'an expiry time (ISO 8601)'),
    }),
    /** An access code the reader types; empty or left out for none. */
    code: Type.Optional(
      Type.String({
        maxLength: 32,
        pattern: '^[^\\s\\u0000-\\u001f\\u007f]*$',
        ...expecting('访问码，最多 32 个字符，不含空格', 'an access code of at most 32 characters without spaces'),
      }),
    ),
  },
  bodyObject,
)
export type ShareRequest = Static<typeof ShareRequest>

/** A link as analysts see it: never its token (the server has none to show), but how often it was opened. */
export const ShareInfo = Type.Object({
  id: Type.String(),
  name: Type.String(),
  view: Type.String(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  expiresAt: Type.String(),
  withCode: Type.Boolean(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  /** Whether it opens now, by the server's clock. */
  state: Type.Union([Type.Literal('valid'), Type.Literal('expired'), Type.Literal('revoked')]),
  opens: Type.Integer(),
  lastOpenAt: Type.Union([Type.String(), Type.Null()]),
})
export type ShareInfo = Static<typeof ShareInfo>

/** The answer to making a link: the link, and its token, this once. */
export const ShareCreated = Type.Object({ share: ShareInfo, token: Type.String() })
export type ShareCreated = Static<typeof ShareCreated>

export const ShareSettings = Type.Object({ watermark: Type.Boolean(expecting('是或否', 'true or false')) }, bodyObject)
export type ShareSettings = Static<typeof ShareSettings>

export const ShareList = Type.Object({ settings: ShareSettings, shares: Type.Array(ShareInfo) })
export type ShareList = Static<typeof ShareList>

export const ShareId = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', ...expecting('链接编号', "a link's id") }),
})

/** A reader opening a link: its token, and the access code when the link has one. */
export const ShareOpenRequest = Type.Object(
  {
    token: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[A-Za-z0-9_-]+$',
      ...expecting('链接中的令牌', "the link's token"),
    }),
    code: Type.Optional(Type.String({ maxLength: 32, ...expecting('访问码', 'the access code') })),
  },
  bodyObject,
)
export type ShareOpenRequest = Static<typeof ShareOpenRequest>

/** What the reader of a link is: the link's name (on the watermark), when it ends, and the view it opens. */
export const ShareReader = Type.Object({ name: Type.String(), expiresAt: Type.String(), view: Type.String() })
export type ShareReader = Static<typeof ShareReader>
