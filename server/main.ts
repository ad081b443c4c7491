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

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1)
    closing = true
    // Waits for a publish in progress: its write is either committed or never started.
    void store
      .exclusive(() => app.close())
      .then(() => process.exit(0))
      .catch(() => process.exit(1))
  })
}
