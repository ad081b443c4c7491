import fp from 'fastify-plugin'
import { ApiError } from '../errors'

/** Deeper than any body of the API (a publish nests four levels): anything more is refused unparsed. */
const MAX_DEPTH = 32

const tooDeep = () =>
  new ApiError(400, 'tooDeep', {
    zh: `请求体的 JSON 嵌套超过 ${MAX_DEPTH} 层。`,
    en: `The request body's JSON is nested more than ${MAX_DEPTH} levels deep.`,
  })

/** How deep `[` and `{` nest outside strings, in one pass over the bytes; stops past `limit`. */
function depthExceeds(body: Buffer, limit: number): boolean {
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

/**
 * JSON bodies, checked for nesting before they are parsed: JSON.parse of a body nested millions
 * deep holds the event loop for seconds. Parsed as Fastify does otherwise (`__proto__` and
 * `constructor.prototype` keys refused).
 */
export const bodies = fp(
  (app, _options, done) => {
    const parse = app.getDefaultJsonParser('error', 'error')
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, next) => {
      const bytes = body as Buffer
      if (depthExceeds(bytes, MAX_DEPTH)) {
        next(tooDeep(), undefined)
        return
      }
      void parse(request, bytes.toString('utf8'), next)
    })
    done()
  },
  { name: 'bodies' },
)
