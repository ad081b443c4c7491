import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'

const ROOT = resolve(import.meta.dirname, '../..')

/** The server's modules that tests run over and over in threads and processes of their own. */
const ENTRIES = {
  // The checking thread every started server runs.
  worker: 'server/checking/worker.ts',
  // `npm run user`'s command.
  userCli: 'server/userCli.ts',
  // The state directory's lock, taken by processes racing for it.
  lock: 'server/store/lock.ts',
}

/**
 * Compiles those modules to JavaScript once for the project's run, where tsx would compile them
 * again in every thread and process (about 2 s of CPU each), and gives their URLs to the tests
 * (`inject('compiled')`); servers the tests start pass the thread on (ServerOptions.checkingThread).
 * Packages stay imports: the output sits under node_modules/ so that Node finds them. The server
 * started as its own process (`spawnMain`) keeps tsx, as in production.
 */
export default async function setup(project: TestProject) {
  const outDir = join(ROOT, 'node_modules', '.cache', `compiled-server-${project.name}`)
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
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(ROOT, path)])),
      },
    },
  })
  const url = (name: keyof typeof ENTRIES) => pathToFileURL(join(outDir, `${name}.js`)).href
  project.provide('compiled', { worker: url('worker'), userCli: url('userCli'), lock: url('lock') })
}
