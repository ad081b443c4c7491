import { Type, type Static, type TInteger, type TSchema, type TString } from 'typebox'
import { INDICATOR_KINDS, PROBLEM_CODES, REGION_LEVELS, SCREEN_PAGES, SEVERITIES } from './vocabulary'

/**
 * The publishing API's bodies, declared once: the server validates requests and serialises answers
 * with these schemas, and the app takes its types from them (type imports only, so TypeBox stays
 * out of the app's bundle).
 *
 * Every request field says what it expects in both languages (`expected`): a refused request names
 * the field and the reason in the reader's language.
 */

/** A text in both languages the app speaks: the app shows the one its reader chose. */
export const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() })
export type Bilingual = Static<typeof Bilingual>

/** What a request field expects, in both languages (the server's error handler words a refusal with it). */
const expecting = (zh: string, en: string) => ({ expected: { zh, en } })

/** Expects one word of a list: "flow、stock 或 ratio", "flow, stock or ratio". */
const oneOf = (words: readonly string[]) => {
  const others = words.slice(0, -1)
  const last = words[words.length - 1] ?? ''
  return expecting(`${others.join('、')} 或 ${last}`, `${others.join(', ')} or ${last}`)
}

// Printable text: control characters (NUL above all) end C strings and confuse logs and CSV files.
const PRINTABLE = '[^\\u0000-\\u001f\\u007f]*'
// A label is trimmed by the server; it must keep something after that.
const NOT_BLANK = '(?=[\\s\\S]*\\S)'

const label = (max: number) =>
  Type.String({
    maxLength: max,
    pattern: `^${NOT_BLANK}${PRINTABLE}$`,
    ...expecting(
      `非空文本，最多 ${max} 个字符，不含控制字符`,
      `a non-empty text of at most ${max} characters without control characters`,
    ),
  })

const optionalLabel = (max: number) =>
  Type.Optional(
    Type.String({
      maxLength: max,
      pattern: `^${PRINTABLE}$`,
      ...expecting(
        `文本，最多 ${max} 个字符，不含控制字符`,
        `a text of at most ${max} characters without control characters`,
      ),
    }),
  )

const aliases = Type.Optional(
  Type.Array(
    Type.String({
      maxLength: 100,
      pattern: `^${NOT_BLANK}[^|\\u0000-\\u001f\\u007f]*$`,
      ...expecting(
        '非空文本，最多 100 个字符，不含 | 和控制字符',
        'a non-empty text of at most 100 characters without | or control characters',
      ),
    }),
    { maxItems: 50, ...expecting('最多 50 个别名的列表', 'a list of at most 50 aliases') },
  ),
)

const versionNumber = Type.Integer({
  minimum: 1,
  maximum: Number.MAX_SAFE_INTEGER,
  ...expecting('正整数（版本号）', 'a positive integer (a version number)'),
})

const bodyObject = expecting('JSON 对象', 'a JSON object')

/** Longest account name and password a login may send. */
const MAX_NAME = 64
export const MAX_PASSWORD = 1024

export const LoginRequest = Type.Object(
  {
    name: Type.String({
      maxLength: MAX_NAME,
      ...expecting(`用户名，最多 ${MAX_NAME} 个字符`, `an account name of at most ${MAX_NAME} characters`),
    }),
    password: Type.String({
      maxLength: MAX_PASSWORD,
      ...expecting(`密码，最多 ${MAX_PASSWORD} 个字符`, `a password of at most ${MAX_PASSWORD} characters`),
    }),
  },
  bodyObject,
)
export type LoginRequest = Static<typeof LoginRequest>

/** The analyst a session belongs to, and when it ends (ISO 8601): the answer to login and session. */
export const Session = Type.Object({ name: Type.String(), expiresAt: Type.String() })
export type Session = Static<typeof Session>

export const LogoutResponse = Type.Object({ ok: Type.Literal(true) })
export type LogoutResponse = Static<typeof LogoutResponse>

export const Health = Type.Object({
  ok: Type.Literal(true),
  version: Type.Integer(),
  requireLogin: Type.Boolean(),
  /** Present when shared views and exports carry the watermark. */
  watermark: Type.Optional(Type.Literal(true)),
  /** Present for the reader of a share link (its cookie): the link, and whether it still opens. */
  share: Type.Optional(
    Type.Object({
      name: Type.String(),
      expiresAt: Type.String(),
      view: Type.String(),
      state: Type.Union([Type.Literal('valid'), Type.Literal('expired'), Type.Literal('revoked')]),
    }),
  ),
})
export type Health = Static<typeof Health>

/** A custom indicator an import uses (ids `custom:…`); the server adds it when a published figure does. */
export const CustomIndicator = Type.Object(
  {
    id: Type.String({
      maxLength: 100,
      pattern: `^[^\\S\\u0000-\\u001f\\u007f]*custom:${NOT_BLANK}${PRINTABLE}$`,
      ...expecting(
        '以 custom: 开头的自定义指标 id（最多 100 个字符，不含控制字符）',
        "a custom indicator's id, starting with custom: (at most 100 characters, no control characters)",
      ),
    }),
    nameZh: label(100),
    nameEn: optionalLabel(100),
    unit: optionalLabel(20),
    kind: Type.Enum(INDICATOR_KINDS, oneOf(INDICATOR_KINDS)),
    parent: optionalLabel(100),
    aliases,
  },
  bodyObject,
)
export type CustomIndicator = Static<typeof CustomIndicator>

export const CustomRegion = Type.Object(
  {
    name: label(100),
    nameEn: optionalLabel(100),
    level: Type.Enum(REGION_LEVELS, oneOf(REGION_LEVELS)),
    parent: optionalLabel(100),
    aliases,
  },
  bodyObject,
)
export type CustomRegion = Static<typeof CustomRegion>

const entries = <T extends TSchema>(item: T) =>
  Type.Optional(
    Type.Array(item, { maxItems: 1000, ...expecting('最多 1000 项的列表', 'a list of at most 1000 entries') }),
  )

/** A bulletin issue in the project's bulletin format (`data/bulletins/*.md`), checked with the app's own parser. */
/** The place lookup is a few hundred rules: a text far longer is no lookup. */
const PLACES_MAX_CHARS = 200_000

const BulletinFile = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 1_000_000,
      ...expecting(
        '简报文本（项目的简报格式，最多 100 万个字符）',
        "the bulletin's text in the project's bulletin format (at most 1,000,000 characters)",
      ),
    }),
  },
  bodyObject,
)

/**
 * A publish. The figures travel as one CSV text, which the server checks row by row with the
 * browser's own import code (`parseLongTable`): the schema checks the envelope only, so validating a
 * 64 MB body costs one look at the text's first characters, not a pass over its figures.
 */
export const PublishRequest = Type.Object(
  {
    /** The version the analyst saw: the publish is refused (409) unless it is still current. */
    baseVersion: versionNumber,
    /** The import's name as the analyst saw it (a label: never used as a file name). */
    name: label(200),
    /** The canonical long CSV of the import's figures. */
    csv: Type.String({
      pattern: '\\S',
      ...expecting(
        '长格式 CSV 文本（表头 region,period,indicator,value,…）',
        'the long CSV text (header region,period,indicator,value,…)',
      ),
    }),
    indicators: entries(CustomIndicator),
    regions: entries(CustomRegion),
    /** A bulletin issue published with the figures (which may then be none: the CSV's header alone). */
    bulletin: Type.Optional(BulletinFile),
    /**
     * A patent list's records file (src/domain/patents/patentFile.ts), gzip-compressed, in base64:
     * a million records take about 28 MB so, within the publish's body limit. Checked whole on the
     * server with the browser's own decoder.
     */
    patents: Type.Optional(
      Type.String({
        minLength: 1,
        ...expecting('专利记录文件（gzip 压缩后的 base64）', 'the patent records file, gzip-compressed, in base64'),
      }),
    ),
    /** The place lookup (data/places.csv) the records were placed with. */
    places: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: PLACES_MAX_CHARS,
        ...expecting(
          '地址词对照表 places.csv 的文本（最多 20 万个字符）',
          'the text of places.csv (at most 200,000 characters)',
        ),
      }),
    ),
  },
  bodyObject,
)
export type PublishRequest = Static<typeof PublishRequest>

export const RollbackRequest = Type.Object({ version: versionNumber, baseVersion: versionNumber }, bodyObject)
export type RollbackRequest = Static<typeof RollbackRequest>

/** How a published version differs from the one it was based on. */
export const VersionCounts = Type.Object({
  /** Figures the version has that its base lacked. */
  added: Type.Integer(),
  /** Figures whose value, unit, source or note differ from the base. */
  changed: Type.Integer(),
  unchanged: Type.Integer(),
  /** Figures of the base the version lacks (only a rollback removes figures). */
  removed: Type.Integer(),
  /** Figures in the version. */
  observations: Type.Integer(),
  /** Bulletin issues the version adds or replaces. */
  bulletins: Type.Optional(Type.Integer()),
  /** Records in the patent records file the version adds or replaces. */
  patents: Type.Optional(Type.Integer()),
  /** 1 when the version changes the place lookup. */
  places: Type.Optional(Type.Integer()),
})
export type VersionCounts = Static<typeof VersionCounts>

/**
 * A string or an integer, or null: one JSON Schema type list rather than a union. The server's
 * serialiser writes a union by checking each branch with Ajv, which compiles it on a route's first
 * answer (about 30 ms on the event loop, during the first publish); a type list is a plain test.
 */
const orNull = <T extends TString | TInteger>(t: T) => Type.Unsafe<Static<T> | null>({ ...t, type: [t.type, 'null'] })

const versionFields = {
  version: Type.Integer(),
  /** When it was made (ISO 8601). */
  at: Type.String(),
  action: Type.Enum(['initial', 'publish', 'rollback']),
  /** The import's name, or what the version is. */
  name: Type.String(),
  baseVersion: orNull(Type.Integer()),
  /** For a rollback, the earlier version whose content it restores. */
  rollbackOf: orNull(Type.Integer()),
  counts: VersionCounts,
}

/** One published version as viewers see it: no account names (nobody outside can aim at an analyst). */
export const PublicVersionInfo = Type.Object(versionFields)
export type PublicVersionInfo = Static<typeof PublicVersionInfo>

/** One published version, as the server keeps it and lists it to analysts. */
export const VersionInfo = Type.Object({
  ...versionFields,
  /** The account that made it; null for the snapshot of data/ taken on first start. */
  by: orNull(Type.String()),
})
export type VersionInfo = Static<typeof VersionInfo>

/** The history as an analyst sees it. */
export const VersionList = Type.Object({
  current: Type.Integer(),
  /** Newest first. */
  versions: Type.Array(VersionInfo),
})
export type VersionList = Static<typeof VersionList>

/** The history as anyone without a session sees it. */
export const PublicVersionList = Type.Object({
  current: Type.Integer(),
  /** Newest first. */
  versions: Type.Array(PublicVersionInfo),
})
export type PublicVersionList = Static<typeof PublicVersionList>

/** The data of the `version` event on `GET /api/events`: this version is now current. */
export const VersionEvent = Type.Object({ version: Type.Integer() })
export type VersionEvent = Static<typeof VersionEvent>

/** Longest name of a meeting-room screen. */
const MAX_SCREEN_NAME = 64

const screenName = label(MAX_SCREEN_NAME)

/**
 * A screen's heartbeat (`POST /api/screens/beat`): which screen it is (its name is its identity: one
 * name, one screen), what it shows, and how long ago it last loaded its data, in seconds by its own
 * clock (a meeting-room PC's clock may be wrong by hours; a difference of two of its readings is not).
 */
export const ScreenBeat = Type.Object(
  {
    name: screenName,
    /** The published version whose data it shows. */
    version: versionNumber,
    page: Type.Enum(SCREEN_PAGES, oneOf(SCREEN_PAGES)),
    refreshedAgo: Type.Integer({
      minimum: 0,
      maximum: 366 * 24 * 3600,
      ...expecting('秒数（非负整数）', 'a number of seconds (a non-negative integer)'),
    }),
  },
  bodyObject,
)
export type ScreenBeat = Static<typeof ScreenBeat>

/** The answer to a heartbeat: reload now (an analyst asked for it), and when to beat next. */
export const ScreenBeatAnswer = Type.Object({ reload: Type.Boolean(), beatSeconds: Type.Number() })
export type ScreenBeatAnswer = Static<typeof ScreenBeatAnswer>

/** One screen as analysts see it. */
export const ScreenInfo = Type.Object({
  name: Type.String(),
  version: Type.Integer(),
  page: Type.Enum(SCREEN_PAGES),
  /** When it last loaded its data (ISO 8601, by the server's clock). */
  refreshedAt: Type.String(),
  /** When its last heartbeat arrived (ISO 8601). */
  beatAt: Type.String(),
  /** An analyst asked it to reload and it has not beaten since. */
  reloadPending: Type.Boolean(),
  /** Why it needs a look: it shows another version than the current one, or it has gone silent. */
  stale: Type.Object({ oldVersion: Type.Boolean(), silent: Type.Boolean() }),
})
export type ScreenInfo = Static<typeof ScreenInfo>

/** `GET /api/screens`: every screen that ever beat, by name. */
export const ScreenList = Type.Object({
  current: Type.Integer(),
  /** A screen with no heartbeat for longer than this is silent. */
  silentAfterSeconds: Type.Number(),
  screens: Type.Array(ScreenInfo),
})
export type ScreenList = Static<typeof ScreenList>

/** `POST /api/screens/reload`: the screen of this name reloads at its next heartbeat. */
export const ScreenReloadRequest = Type.Object({ name: screenName }, bodyObject)
export type ScreenReloadRequest = Static<typeof ScreenReloadRequest>

/**
 * A located problem in the figures sent, as the browser's import code reports it. `row` and `column`
 * are as the analyst sees them in Excel; `code` names a message the app translates with `params`.
 */
const Problem = Type.Object({
  severity: Type.Enum(SEVERITIES),
  code: Type.Enum(PROBLEM_CODES),
  file: Type.Optional(Type.String()),
  /** As the analyst sees it in Excel: header = row 1. */
  row: Type.Optional(Type.Integer()),
  /** Column A = 1. */
  column: Type.Optional(Type.Integer()),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
})
export type Problem = Static<typeof Problem>

/**
 * The body of every error. Besides these, an error carries what the client may need to act on it:
 * `retryAfter` (429), `currentVersion` (409), `problemCount` (422), `limit` (413).
 */
export const ErrorBody = Type.Object(
  {
    error: Type.String(),
    message: Bilingual,
    problems: Type.Optional(Type.Array(Problem)),
    retryAfter: Type.Optional(Type.Integer()),
    currentVersion: Type.Optional(Type.Integer()),
    problemCount: Type.Optional(Type.Integer()),
    limit: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true },
)
export type ErrorBody = Static<typeof ErrorBody>
