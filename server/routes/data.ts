import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { badPath, notFound } from '../errors'
import { acceptsGzip, gzippedBody, isNotModified, type DataFiles } from '../store/dataFiles'
import { isSafeRelativeName } from '../store/paths'

/** `GET /data/*`: the current version's files, at the same URLs as the static build's. */
export const dataRoutes: FastifyPluginCallbackTypebox<{ dataFiles: DataFiles; requireLogin: boolean }> = (
  app,
  { dataFiles, requireLogin },
  done,
) => {
  app.get<{ Params: { '*': string } }>('/data/*', { onRequest: app.requireViewer }, async (request, reply) => {
    const name = request.params['*']
    if (!isSafeRelativeName(name)) throw badPath()
    const file = await dataFiles.get(name)
    if (!file) throw notFound()
    const gz = file.body.length > 1024 && acceptsGzip(request.headers['accept-encoding'])
    void reply
      .header('Cache-Control', requireLogin ? 'private, no-cache' : 'no-cache')
      .header('ETag', gz ? `"${file.tag}-gz"` : `"${file.tag}"`)
      .header('Last-Modified', file.lastModified)
      .header('Vary', 'Accept-Encoding')
    if (isNotModified(file, request.headers['if-none-match'], request.headers['if-modified-since']))
      return reply.code(304).send()
    void reply.type(file.type)
    if (gz) return reply.header('Content-Encoding', 'gzip').send(await gzippedBody(file))
    return reply.send(file.body)
  })
  done()
}
