import fastifyCompress from '@fastify/compress'
import fastifyEtag from '@fastify/etag'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { badPath, notFound } from '../errors'
import { GZIP_FROM_BYTES, gzipOf, tagOf, unmodifiedSince, type DataFiles } from '../store/dataFiles'
import { isSafeRelativeName } from '../store/paths'

/**
 * Where viewers need a login, when the session a data file was sent to ends: the app's worker shows
 * its offline copy of the file no later (vite.config.ts), to a browser that may no longer be logged in.
 */
const SESSION_ENDS = 'X-Session-Ends'

/**
 * `GET /data/*`: the current version's files, at the same URLs as the static build's. Each answer
 * carries the file's ETag (`-gz` added for its gzip copy) and an If-None-Match naming it, in either
 * form, is answered 304: the client has these bytes. Without If-None-Match, If-Modified-Since decides.
 */
export const dataRoutes: FastifyPluginAsyncTypebox<{ dataFiles: DataFiles; requireLogin: boolean }> = async (
  app,
  { dataFiles, requireLogin },
) => {
  await app.register(fastifyEtag, { hashFn: tagOf })
  await app.register(fastifyCompress, {
    global: false,
    encodings: ['gzip'],
    threshold: GZIP_FROM_BYTES,
    syncThreshold: Infinity,
    zlib: { gzipSync: gzipOf },
  })
  app.addHook('onRequest', (request, _reply, done) => {
    const tags = request.headers['if-none-match']
    if (tags) request.headers['if-none-match'] = tags.replaceAll('-gz"', '"')
    done()
  })
  // After the etag plugin's hook: the tag it compared is the content's, the one sent names the encoding.
  app.addHook('onSend', (_request, reply, payload, done) => {
    const etag = reply.getHeader('etag')
    if (typeof etag === 'string' && reply.getHeader('content-encoding') === 'gzip')
      void reply.header('etag', etag.replace(/"$/, '-gz"'))
    done(null, payload)
  })
  // A share link's reader keeps the data until the link expires.
  const sessionEnd = async (request: FastifyRequest) =>
    new Date((await app.sessionOf(request))?.expiresAt ?? app.shareOf(request)?.share.expiresAt ?? 0).toUTCString()
  app.get<{ Params: { '*': string } }>('/data/*', { onRequest: app.requireReader }, async (request, reply) => {
    const name = request.params['*']
    if (!isSafeRelativeName(name)) throw badPath()
    const file = await dataFiles.get(name)
    if (!file) throw notFound()
    if (requireLogin) void reply.header(SESSION_ENDS, await sessionEnd(request))
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
