import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { PublishRequest, VersionInfo } from '../../contract/api'
import type { Checker } from '../checking/checker'
import { commitChange } from '../changes/commit'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

/** `POST /api/publish`: checked figures become the next version (checked on the checking thread). */
export const publishRoutes: FastifyPluginCallbackTypebox<{
  store: VersionStore
  checker: Checker
  bodyLimit: number
  maxFigures: number
}> = (app, { store, checker, bodyLimit, maxFigures }, done) => {
  app.post(
    '/api/publish',
    {
      onRequest: app.requireAnalyst,
      bodyLimit,
      schema: { body: PublishRequest, response: { 200: VersionInfo, ...errorResponses } },
    },
    async (request) => {
      const { baseVersion } = request.body
      const by = await app.analystOf(request)
      return commitChange(store, baseVersion, async (version, at) => ({
        prepared: await checker.run({
          kind: 'publish',
          stateDir: store.stateDir,
          base: { version: baseVersion, dir: store.dataDir(baseVersion), hashes: store.hashes(baseVersion) },
          baseProblems: store.knownProblemCount(baseVersion),
          body: request.body,
          stamp: { version, at },
          maxFigures,
        }),
        meta: { by, action: 'publish', name: request.body.name.trim(), baseVersion, rollbackOf: null },
      }))
    },
  )
  done()
}
