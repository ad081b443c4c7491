import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * Compiles the server's checking thread to one JavaScript module, once for the project's run, and
 * gives its URL to the tests (`inject('checkingThread')`): every server they start passes it on, so
 * no thread compiles the TypeScript again (ServerOptions.checkingThread). Packages stay imports; the
 * module sits under node_modules/ so that Node finds them. Servers started as their own process
 * (`spawnMain`) keep tsx, as in production.
 */
export default async function setup(project: TestProject) {
  const outDir = join(ROOT, 'node_modules', '.cache', `checking-thread-${project.name}`)
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { input: { worker: join(ROOT, 'server', 'checking', 'worker.ts') } },
    },
  })
  project.provide('checkingThread', pathToFileURL(join(outDir, 'worker.js')).href)
}

declare module 'vitest' {
  export interface ProvidedContext {
    checkingThread: string
  }
}
