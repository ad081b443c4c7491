import { ApiError, badJson, emptyBody } from './errors'

/** Deeper than any body of the API (a publish nests four levels): anything more is refused unparsed. */
const MAX_DEPTH = 32

const tooDeep = () =>
  new ApiError(400, 'tooDeep', {
    zh: `请求体的 JSON 嵌套超过 ${MAX_DEPTH} 层。`,
    en: `The request body's JSON is nested more than ${MAX_DEPTH} levels deep.`,
  })

/** How deep `[` and `{` nest outside strings, in one pass over the bytes; stops past `limit`. */
function depthExceeds(body: Uint8Array, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < body.length; i++) {
    const b = body[i]
    if (inString) {
      if (b === 0x5c) i++
      else if (b === 0x22) inString = false
    } else if (b === 0x22) inString = true
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > limit) return true
    } else if (b === 0x5d || b === 0x7d) depth--
  }
  return false
}

/** Keys that would reach an object's prototype once the body is copied or merged: refused, as Fastify's own parser does. */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('forbidden prototype property')
  if (key === 'constructor' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'prototype'))
    throw new SyntaxError('forbidden prototype property')
  return value
}

// Not fatal: invalid UTF-8 becomes U+FFFD, which the publish's text check then locates for the analyst.
// A leading byte-order mark is dropped.
const decoder = new TextDecoder('utf-8')

/**
 * A JSON request body from its bytes, checked for nesting before it is parsed (JSON.parse of a body
 * nested millions deep holds its thread for seconds), with `__proto__` and `constructor.prototype`
 * keys refused, as Fastify's default parser does. The event
 * loop reads small bodies with it; the checking thread reads a publish's, which may be 64 MB.
 */
export function readJsonBody(bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw emptyBody()
  if (depthExceeds(bytes, MAX_DEPTH)) throw tooDeep()
  try {
    return JSON.parse(decoder.decode(bytes), refusePrototypeKeys)
  } catch {
    throw badJson()
  }
}
