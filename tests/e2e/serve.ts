import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

/** What the build reads: a file here newer than the built index.html means dist/ is stale. */
const INPUTS = ['src', 'data', 'contract', 'index.html', 'vite.config.ts', 'package-lock.json']
const BUILT = join('dist', 'index.html')

function newestInput(): number {
  let newest = 0
  for (const input of INPUTS) {
    if (!existsSync(input)) continue
    const files = statSync(input).isDirectory()
      ? readdirSync(input, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [input]
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs)
  }
  return newest
}

/**
 * Builds the app only when dist/ is missing or older than its sources: `npm test` builds just
 * before the tests, and every browser test (and the servers of their own that copy dist/) reuses
 * that one build. The build runs as `vite build` does, in a process of its own: inside Vitest,
 * NODE_ENV is "test" and the libraries would be built with their development checks.
 */
function ensureBuilt() {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestInput()) return
  execFileSync(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

let server: PreviewServer | undefined

/** Serves the built dist/ on 127.0.0.1 (a real HTTP server), once, for all the browser tests. */
export default async function setup(project: TestProject) {
  ensureBuilt()
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`)
  return async () => {
    await server?.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
