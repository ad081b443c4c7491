import fastifyCompress from '@fastify/compress'
import fastifyEtag from '@fastify/etag'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { badPath, notFound } from '../errors'
import { GZIP_FROM_BYTES, gzipOf, tagOf, unmodifiedSince, type DataFiles } from '../store/dataFiles'
import { isSafeRelativeName } from '../store/paths'

/**
 * `GET /data/*`: the current version's files, at the same URLs as the static build's. Each answer
 * carries the ETag of the bytes sent (a gzip copy has its own) and a matching If-None-Match is
 * answered 304; without one, If-Modified-Since decides.
 */
export const dataRoutes: FastifyPluginAsyncTypebox<{ dataFiles: DataFiles; requireLogin: boolean }> = async (
  app,
  { dataFiles, requireLogin },
) => {
  await app.register(fastifyEtag, { hashFn: tagOf })
  // Compressed in the handler (`reply.compress`), so the ETag is taken of the bytes sent.
  await app.register(fastifyCompress, {
    global: false,
    encodings: ['gzip'],
    threshold: GZIP_FROM_BYTES,
    syncThreshold: Infinity,
    zlib: { gzipSync: gzipOf },
  })
  app.get<{ Params: { '*': string } }>('/data/*', { onRequest: app.requireViewer }, async (request, reply) => {
    const name = request.params['*']
    if (!isSafeRelativeName(name)) throw badPath()
    const file = await dataFiles.get(name)
    if (!file) throw notFound()
    void reply
      .header('Cache-Control', requireLogin ? 'private, no-cache' : 'no-cache')
      .header('Last-Modified', file.lastModified)
      .header('Vary', 'accept-encoding')
    if (request.headers['if-none-match'] === undefined && unmodifiedSince(file, request.headers['if-modified-since']))
      return reply.code(304).send()
    reply.type(file.type).compress(file.body)
    return reply
  })
}
