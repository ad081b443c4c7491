import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { PublicVersionList, VersionList, type PublicVersionInfo } from '../../contract/api'
import type { VersionMeta, VersionStore } from '../store/versions'
import { errorResponses } from './responses'

// Field by field, so that a field added to the stored meta never reaches viewers unseen.
const publicInfo = (m: VersionMeta): PublicVersionInfo => ({
  version: m.version,
  at: m.at,
  action: m.action,
  name: m.name,
  baseVersion: m.baseVersion,
  rollbackOf: m.rollbackOf,
  counts: m.counts,
})

/** `GET /api/versions`: the history, newest first; who made each version only to analysts. */
export const versionsRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore }> = (app, { store }, done) => {
  app.get(
    '/api/versions',
    {
      onRequest: app.requireReader,
      // The analyst's shape first: the serialiser answers with the first schema the body matches.
      schema: { response: { 200: Type.Union([VersionList, PublicVersionList]), ...errorResponses } },
    },
    async (request) => {
      const versions = [...store.list()].reverse()
      if (await app.sessionOf(request)) return { current: store.current, versions }
      return { current: store.current, versions: versions.map(publicInfo) }
    },
  )
  done()
}
