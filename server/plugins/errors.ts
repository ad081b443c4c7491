import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify'
import fp from 'fastify-plugin'
import type { Bilingual } from '../../contract/api'
import { DamagedState } from '../store/integrity'
import {
  ApiError,
  badJson,
  badUrl,
  badRequest,
  bodyTooLarge,
  damagedState,
  emptyBody,
  internalError,
  notFound,
  storageFailed,
  unsupportedMediaType,
} from '../errors'

/** Every error the server sends has the same shape: code, reason in Chinese and English. */
export const errors = fp(
  (app, _options, done) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const api = toApiError(error, request)
      if (api.statusCode >= 500) request.log.error(error)
      for (const [name, value] of Object.entries(api.headers)) void reply.header(name, value)
      return reply.code(api.statusCode).send(api.body())
    })
    app.setNotFoundHandler((_request, reply) => reply.code(404).send(notFound().body()))
    done()
  },
  { name: 'errors' },
)

function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof DamagedState) return damagedState(error.file, error.problem)
  if (error.validation) return schemaRefusal(error.validation, request.routeOptions.schema?.body)
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLarge(request.routeOptions.bodyLimit ?? 0)
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType()
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badJson()
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return emptyBody()
  }
  // Only what the client sent is a 400: a SyntaxError from reading a file on the server is not.
  if (error.statusCode === 400) {
    return new ApiError(400, 'badRequest', { zh: `请求无效：${error.message}`, en: `Bad request: ${error.message}` })
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError(error.statusCode, 'httpError', {
      zh: `请求被拒绝：${error.message}`,
      en: `Request refused: ${error.message}`,
    })
  }
  return storageFailed(error) ?? internalError()
}

/**
 * Fastify's own refusals before any route is found (`frameworkErrors`): a URL whose % escapes do
 * not decode (`/data/%zz`) gets the same body as every other error.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const api = error.code === 'FST_ERR_BAD_URL' ? badUrl() : toApiError(error, request)
  void reply.code(api.statusCode).send(api.body())
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const isBilingual = (v: unknown): v is Bilingual => isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string'

/** The part of `schema` a JSON pointer such as `#/properties/indicators/items` names. */
function schemaAt(schema: unknown, pointer: string): unknown {
  let at = schema
  for (const token of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    at = isObject(at) ? at[token.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined
  }
  return at
}

/** `/indicators/0/id` as the analyst reads it: `indicators[0].id`. */
const fieldName = (instancePath: string) =>
  instancePath
    .split('/')
    .filter(Boolean)
    .map((t) => (/^\d+$/.test(t) ? `[${t}]` : `.${t}`))
    .join('')
    .replace(/^\./, '')

/**
 * A request refused by its schema (contract/api.ts): the first field at fault, named, with what the
 * contract says it expects, in both languages.
 */
function schemaRefusal(problems: readonly FastifySchemaValidationError[], bodySchema: unknown): ApiError {
  const first = problems[0]
  if (!first) return badRequest('请求体不符合要求。', 'the body does not match what is expected.')
  let path = first.instancePath
  let schema = schemaAt(bodySchema, first.schemaPath)
  const missing = first.keyword === 'required' ? first.params.requiredProperties : undefined
  if (Array.isArray(missing) && typeof missing[0] === 'string') {
    path = `${path}/${missing[0]}`
    schema = schemaAt(schema, `properties/${missing[0]}`)
  }
  const field = fieldName(path)
  const expected = isObject(schema) ? schema.expected : undefined
  if (!isBilingual(expected)) {
    const at = field || 'body'
    return badRequest(`“${at}” 不符合要求（${first.keyword}）。`, `"${at}" ${first.message ?? 'is not valid'}.`)
  }
  // Chinese text sets Latin words apart by a space: 必须是 JSON 对象.
  const zh = /^[\x21-\x7e]/.test(expected.zh) ? ` ${expected.zh}` : expected.zh
  return field
    ? badRequest(`“${field}” 必须是${zh}。`, `"${field}" must be ${expected.en}.`)
    : badRequest(`请求体必须是${zh}。`, `the body must be ${expected.en}.`)
}
