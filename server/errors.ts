import type { Bilingual, ErrorBody } from '../contract/api'
import type { Problem } from '../src/domain/problem'

/** What an error carries besides its code and reason, for the client to act on. */
export type ErrorExtra = Omit<ErrorBody, 'error' | 'message'>

/** An error a route throws on purpose: status, code, reason, and what the client may need to act. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly reason: Bilingual,
    readonly extra: ErrorExtra = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(reason.en)
  }

  body(): ErrorBody {
    return { ...this.extra, error: this.code, message: this.reason }
  }
}

export const badRequest = (zh: string, en: string) =>
  new ApiError(400, 'badRequest', { zh: `请求无效：${zh}`, en: `Bad request: ${en}` })

export const unauthenticated = () => new ApiError(401, 'unauthenticated', { zh: '请先登录。', en: 'Log in first.' })

export const sessionExpired = () =>
  new ApiError(401, 'sessionExpired', {
    zh: '登录已过期或已退出，请重新登录。',
    en: 'Your session has expired or ended; log in again.',
  })

export const notFound = () => new ApiError(404, 'notFound', { zh: '没有这个地址。', en: 'Nothing here.' })

export const badPath = () =>
  new ApiError(400, 'badPath', {
    zh: '文件名无效：不能含有 ..、绝对路径、反斜杠或控制字符。',
    en: 'Invalid file name: it may not contain .., an absolute path, a backslash or control characters.',
  })

export const badUrl = () =>
  new ApiError(400, 'badUrl', {
    zh: '地址无效：% 之后应是两位十六进制数字（如 %20），且应组成有效的 UTF-8。',
    en: 'Invalid address: a % must be followed by two hexadecimal digits (such as %20) that make valid UTF-8.',
  })

export function tooManyAttempts(retryAfterSeconds: number): ApiError {
  const s = Math.max(1, Math.ceil(retryAfterSeconds))
  return new ApiError(
    429,
    'tooManyAttempts',
    { zh: `登录尝试次数过多，请 ${s} 秒后再试。`, en: `Too many login attempts; try again in ${s} s.` },
    { retryAfter: s },
    { 'Retry-After': String(s) },
  )
}

export function staleVersion(baseVersion: number, current: number): ApiError {
  return new ApiError(
    409,
    'staleVersion',
    {
      zh: `已发布的数据已更新为第 ${current} 版，而这次操作基于第 ${baseVersion} 版。请刷新查看最新数据后重试，以免覆盖他人的修改。`,
      en: `The published data is now version ${current}, but this request was based on version ${baseVersion}. Reload and try again, so that nobody's changes are overwritten unseen.`,
    },
    { currentVersion: current },
  )
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`

export const bodyTooLarge = (limit: number) =>
  new ApiError(
    413,
    'bodyTooLarge',
    { zh: `请求体超过上限 ${sizeText(limit)}。`, en: `The request body exceeds the limit of ${sizeText(limit)}.` },
    { limit },
  )

export const unsupportedMediaType = () =>
  new ApiError(415, 'unsupportedMediaType', {
    zh: '请求体必须是 JSON（Content-Type: application/json）。',
    en: 'The request body must be JSON (Content-Type: application/json).',
  })

export const badJson = () =>
  new ApiError(400, 'badJson', { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' })

export const emptyBody = () =>
  new ApiError(400, 'emptyBody', {
    zh: '请求体为空，应为 JSON 对象。',
    en: 'The request body is empty; a JSON object is expected.',
  })

export function tooManyFigures(limit: number): ApiError {
  const n = limit.toLocaleString('en-US')
  return new ApiError(
    413,
    'tooManyFigures',
    {
      zh: `发布后的数据将超过上限 ${n} 个数字，未发布。`,
      en: `The published data would hold more than the limit of ${n} figures; nothing was published.`,
    },
    { limit },
  )
}

/** Problems sent with a 422: enough to fix a file by, without a response of megabytes. */
const MAX_PROBLEMS = 1000

export function invalidData(problems: readonly Problem[]): ApiError {
  const errors = problems.filter((p) => p.severity === 'error').length
  const shown = problems.length > MAX_PROBLEMS ? `（下面列出前 ${MAX_PROBLEMS} 处）` : ''
  const shownEn = problems.length > MAX_PROBLEMS ? ` (the first ${MAX_PROBLEMS} are listed)` : ''
  return new ApiError(
    422,
    'invalidData',
    {
      zh: `数据有 ${errors} 处错误，未发布${shown}。每处错误都标明了行号和列。`,
      en: `The data has ${errors} error${errors === 1 ? '' : 's'} and was not published${shownEn}. Each names its row and column.`,
    },
    { problems: problems.slice(0, MAX_PROBLEMS).map((p) => ({ ...p })), problemCount: problems.length },
  )
}

export const writeFailed = (detail: string) =>
  new ApiError(500, 'writeFailed', {
    zh: `保存失败（${detail}），已发布的数据没有改变。`,
    en: `Saving failed (${detail}); the published data has not changed.`,
  })

// What the disk says when it cannot take more, and when it cannot be written or read at all.
const FULL = new Set(['ENOSPC', 'EDQUOT'])
const UNWRITABLE = new Set(['EIO', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE', 'EBUSY'])

/** A file the server could not write or read (the disk full, read-only or failing), in words; else undefined. */
export function storageFailed(error: Error): ApiError | undefined {
  const code = 'code' in error ? String(error.code) : ''
  if (FULL.has(code))
    return new ApiError(507, 'storageFull', {
      zh: `服务器的磁盘已满（${code}），未能保存，已发布的数据没有改变。请管理员腾出空间后再试。`,
      en: `The server's disk is full (${code}): nothing could be saved, and the published data has not changed. Try again once the administrator has freed space.`,
    })
  if (UNWRITABLE.has(code))
    return new ApiError(500, 'storageFailed', {
      zh: `服务器无法读写它的文件（${code}），已发布的数据没有改变。`,
      en: `The server could not read or write its files (${code}); the published data has not changed.`,
    })
  return undefined
}

/** A state file that is not as written: the server's fault, never the client's. */
export const damagedState = (file: string, problem: string) =>
  new ApiError(500, 'damagedState', {
    zh: `服务器上的文件 ${file} 已损坏（${problem}），已发布的数据没有改变。`,
    en: `The server's file ${file} is damaged (${problem}); the published data has not changed.`,
  })

/** A version on disk that cannot be what it should (a file, or its meta.json): nothing is changed. */
export const damagedVersion = (version: number, damage: { readonly file: string; readonly problem: string }) =>
  new ApiError(500, 'damagedVersion', {
    zh: `第 ${version} 版的文件 ${damage.file} 已损坏（${damage.problem}），未作任何更改。`,
    en: `The file ${damage.file} of version ${version} is damaged (${damage.problem}); nothing was changed.`,
  })

export const internalError = () =>
  new ApiError(500, 'internal', {
    zh: '服务器内部错误，已发布的数据没有改变。',
    en: 'Internal server error; the published data has not changed.',
  })
