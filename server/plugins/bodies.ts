import type { IncomingMessage } from 'node:http'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { errorCodes, type FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { readJsonBody } from '../jsonBody'

/**
 * JSON bodies, checked for nesting before they are parsed (`readJsonBody`), on the event loop: every
 * route but the publish takes small bodies only.
 */
export const bodies = fp(
  (app, _options, done) => {
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, next) => {
      try {
        next(null, readJsonBody(body as Buffer))
      } catch (e) {
        next(e as Error, undefined)
      }
    })
    done()
  },
  { name: 'bodies' },
)

/** How much of a body is copied in one turn of the event loop: about a millisecond's work. */
const COPY_SLICE = 1024 * 1024

/**
 * Copies `chunks` into one buffer of its own, a slice a turn, so that the event loop goes on
 * answering while a body of many megabytes is put together; its memory can then be moved to
 * another thread rather than copied.
 */
async function joined(chunks: readonly Buffer[], length: number): Promise<Uint8Array> {
  const whole = new Uint8Array(length)
  let at = 0
  let sinceYield = 0
  for (const chunk of chunks) {
    whole.set(chunk, at)
    at += chunk.length
    sinceYield += chunk.length
    if (sinceYield >= COPY_SLICE) {
      sinceYield = 0
      await nextTurn()
    }
  }
  return whole
}

/**
 * A JSON body kept as its bytes, for the checking thread to read (`readJsonBody`): with the limit
 * and Content-Length held, and refused with the same errors, as Fastify does for the bodies it reads.
 */
export function bodyBytes(request: FastifyRequest, payload: IncomingMessage): Promise<Uint8Array> {
  const limit = request.routeOptions.bodyLimit ?? 0
  const declared = Number(request.headers['content-length'])
  if (declared > limit) return Promise.reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const stop = () => {
      payload.off('data', onData)
      payload.off('end', onEnd)
      payload.off('error', onEnd)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) {
        stop()
        reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE())
      } else chunks.push(chunk)
    }
    const onEnd = (e?: Error) => {
      stop()
      if (e) reject(Object.assign(e, { statusCode: 400 }))
      else if (!Number.isNaN(declared) && received !== declared)
        reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH())
      else resolve(joined(chunks, received))
    }
    payload.on('data', onData)
    payload.on('end', onEnd)
    payload.on('error', onEnd)
    payload.resume()
  })
}
