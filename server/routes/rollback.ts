import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { RollbackRequest, VersionInfo } from '../../contract/api'
import type { Checker } from '../checking/checker'
import { checkBase, commitChange } from '../changes/commit'
import { ApiError, damagedVersion } from '../errors'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

/** `POST /api/rollback`: an earlier version's content becomes the next version. */
export const rollbackRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore; checker: Checker }> = (
  app,
  { store, checker },
  done,
) => {
  app.post(
    '/api/rollback',
    {
      onRequest: app.requireAnalyst,
      schema: { body: RollbackRequest, response: { 200: VersionInfo, ...errorResponses } },
    },
    async (request) => {
      const { version: target, baseVersion } = request.body
      const by = await app.analystOf(request)
      return commitChange(store, async (version, at) => {
        checkBase(store, baseVersion)
        const damage = store.metaDamage(target)
        if (damage) throw damagedVersion(target, damage)
        const meta = store.meta(target)
        if (!meta)
          throw new ApiError(404, 'unknownVersion', {
            zh: `没有第 ${target} 版。`,
            en: `There is no version ${target}.`,
          })
        if (target === store.current) {
          throw new ApiError(422, 'alreadyCurrent', {
            zh: `第 ${target} 版就是当前版本。`,
            en: `Version ${target} is already the current version.`,
          })
        }
        return {
          prepared: await checker.run({
            kind: 'rollback',
            stateDir: store.stateDir,
            current: { version: store.current, dir: store.dataDir(), hashes: store.hashes(store.current) },
            target: { version: target, dir: store.dataDir(target), hashes: store.hashes(target) },
            stamp: { version, at, rollbackOf: target },
          }),
          meta: { by, action: 'rollback', name: meta.name, baseVersion, rollbackOf: target },
        }
      })
    },
  )
  done()
}
