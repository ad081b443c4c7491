import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { VersionInfo } from '../../contract/api'
import type { Checker } from '../checking/checker'
import { commitChange } from '../changes/commit'
import { bodyBytes } from '../plugins/bodies'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

/**
 * `POST /api/publish`: checked figures become the next version. The body (`PublishRequest`, up to
 * 64 MB) goes to the checking thread as its bytes, which reads, checks and applies it there: parsing
 * and validating it, or copying it to the thread as a string, would hold the event loop for hundreds
 * of milliseconds.
 */
export const publishRoutes: FastifyPluginCallbackTypebox<{
  store: VersionStore
  checker: Checker
  bodyLimit: number
  maxFigures: number
}> = (app, { store, checker, bodyLimit, maxFigures }, done) => {
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', bodyBytes)
  app.post(
    '/api/publish',
    {
      onRequest: app.requireAnalyst,
      bodyLimit,
      schema: { response: { 200: VersionInfo, ...errorResponses } },
    },
    async (request) => {
      const by = await app.analystOf(request)
      const bytes = request.body instanceof Uint8Array ? request.body : undefined
      return commitChange(store, async (version, at) => {
        const baseVersion = store.current
        const prepared = await checker.run(
          {
            kind: 'publish',
            stateDir: store.stateDir,
            base: { version: baseVersion, dir: store.dataDir(baseVersion), hashes: store.hashes(baseVersion) },
            baseProblems: store.knownProblemCount(baseVersion),
            body: bytes,
            stamp: { version, at },
            maxFigures,
          },
          bytes ? [bytes.buffer as ArrayBuffer] : [],
        )
        return {
          prepared,
          meta: { by, action: 'publish', name: prepared.name ?? '', baseVersion, rollbackOf: null },
        }
      })
    },
  )
  done()
}
