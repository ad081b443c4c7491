import { existsSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

/** The built app at /, or a 503 at / that says how to build it. */
export const appFiles = fp<{ readonly appDir?: string }>(
  async (app, options) => {
    const appDir = options.appDir ? resolve(options.appDir) : undefined
    if (appDir && existsSync(join(appDir, 'index.html'))) {
      await app.register(fastifyStatic, {
        root: appDir,
        wildcard: true,
        dotfiles: 'ignore',
        cacheControl: false,
        // The build's own copy of data/ is stale once anything is published: /data/* serves the current version.
        allowedPath: (pathName) => !pathName.startsWith('/data/'),
        setHeaders: (reply, path) => {
          // Hashed file names change with their content; everything else is revalidated every time.
          void reply.header(
            'Cache-Control',
            path.startsWith(join(appDir, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
          )
        },
      })
    } else {
      app.get('/', () => {
        throw new ApiError(503, 'appNotBuilt', {
          zh: `应用尚未构建（${appDir ?? '未指定目录'} 中没有 index.html）：先运行 npm run build。`,
          en: `The app is not built (no index.html in ${appDir ?? 'any directory'}): run npm run build first.`,
        })
      })
    }
  },
  { name: 'app-files' },
)
