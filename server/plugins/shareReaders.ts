import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'
import type { ShareState, ShareStore, StoredShare } from '../store/shares'

const SHARE_COOKIE = 'hy_share'

declare module 'fastify' {
  interface FastifyInstance {
    readonly shares: ShareStore
    /** The link of the request's share cookie, with whether it still opens. */
    readonly shareOf: (request: FastifyRequest) => { share: StoredShare; state: ShareState } | undefined
    /**
     * A hook for what a viewer reads (the published data, its versions, their announcements): a
     * valid share link lets its reader on where viewers need a login; an ended one says so.
     */
    readonly requireReader: (request: FastifyRequest) => Promise<void>
    readonly setShareCookie: (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: number) => void
  }
}

export const shareEnded = (state: Exclude<ShareState, 'valid'>) =>
  state === 'expired'
    ? new ApiError(410, 'shareExpired', {
        zh: '这个分享链接已过期，请向分享给您的人索取新的链接。',
        en: 'This share link has expired; ask whoever shared it for a new one.',
      })
    : new ApiError(410, 'shareRevoked', {
        zh: '这个分享链接已被撤销，不能再打开。',
        en: 'This share link has been revoked and no longer opens.',
      })

/** Share links' readers: their cookie, and the hook that lets them read the published data. */
export const shareReaders = fp<{ store: ShareStore; now: () => number; requireLogin: boolean }>(
  (app, { store, now, requireLogin }, done) => {
    app.decorate('shares', store)
    const shareOf = (request: FastifyRequest) => {
      const share = store.find(request.cookies[SHARE_COOKIE])
      return share ? { share, state: store.stateOf(share, now()) } : undefined
    }
    app.decorate('shareOf', shareOf)
    app.decorate('requireReader', async (request: FastifyRequest) => {
      const reader = shareOf(request)
      if (reader?.state === 'valid') return
      // A reader whose link ended is told so, not asked to log in; an analyst's own session still reads.
      if (reader && requireLogin && !(await app.sessionOf(request))) throw shareEnded(reader.state)
      await app.requireViewer(request)
    })
    app.decorate('setShareCookie', (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: number) => {
      void reply.setCookie(SHARE_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: request.protocol === 'https',
        maxAge: Math.max(1, Math.floor((expiresAt - now()) / 1000)),
      })
    })
    done()
  },
  { name: 'share-readers', dependencies: ['sessions'] },
)
