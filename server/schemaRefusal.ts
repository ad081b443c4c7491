import type { FastifySchemaValidationError } from 'fastify'
import type { Bilingual } from '../contract/api'
import { ApiError, badRequest } from './errors'

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
export function schemaRefusal(problems: readonly FastifySchemaValidationError[], bodySchema: unknown): ApiError {
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
