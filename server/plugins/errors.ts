import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { DamagedState } from '../store/integrity'
import {
  ApiError,
  badUrl,
  bodyTooLarge,
  damagedState,
  internalError,
  notFound,
  storageFailed,
  unsupportedMediaType,
} from '../errors'
import { schemaRefusal } from '../schemaRefusal'

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
