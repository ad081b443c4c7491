import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'

/**
 * A server of its own for a test that changes data files or stops the server: a copy of the built
 * dist/ served on 127.0.0.1, restartable on the same port (the same origin, so a service worker
 * and its caches carry over).
 */
export class OwnServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'ip-screen-'))
  port = 0
  private server: PreviewServer | undefined

  constructor() {
    cpSync('dist', this.dir, { recursive: true })
  }

  async start(): Promise<string> {
    this.server = await preview({
      build: { outDir: this.dir },
      preview: { host: '127.0.0.1', port: this.port, strictPort: this.port !== 0 },
      logLevel: 'silent',
    })
    const address = this.server.httpServer.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    this.port = address.port
    return this.url
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`
  }

  async stop() {
    const http = this.server?.httpServer as { closeAllConnections?: () => void } | undefined
    http?.closeAllConnections?.()
    await this.server?.close()
    this.server = undefined
  }

  /** Rewrites a data file (as publishing a new version does), with a fresh modification time. */
  editData(name: string, edit: (text: string) => string) {
    const path = join(this.dir, 'data', name)
    writeFileSync(path, edit(readFileSync(path, 'utf8')))
  }
}
