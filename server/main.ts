import closeWithGrace from 'close-with-grace'
import { buildServer } from './app'
import { fromEnv } from './config'

/** `npm start`: the production server, configured by environment variables (see docs/server.md). */
const { server: options, listen } = fromEnv(process.env)
const log = (message: string) => console.log(`[server] ${message}`)
const { app, store } = await buildServer({ ...options, log })
await app.listen(listen)
const address = app.server.address()
const port = typeof address === 'object' && address ? address.port : listen.port
const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host
log(`published data: version ${store.current} (${options.stateDir})`)
console.log(`知识产权统计 · IP statistics: http://${host}:${port}/`)

// No time limit: a publish in progress is waited for, so its write is either committed or never
// started. A second signal stops the process at once.
closeWithGrace({ delay: false }, async ({ err }) => {
  if (err) app.log.error(err)
  await store.exclusive(() => app.close())
})
