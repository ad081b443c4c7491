import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { viteStaticCopy } from 'vite-plugin-static-copy'
import { VitePWA } from 'vite-plugin-pwa'

// data/ is served as-is next to the app, so replacing a file on the server changes what
// everyone sees with no rebuild.
/** ECharts and zrender modules that only the map series (src/charts/echartsMap.ts) needs. */
const MAP_ONLY =
  /[\\/](echarts[\\/]lib[\\/](chart[\\/]map|component[\\/]geo|coord[\\/]geo|coord[\\/]View|chart[\\/]helper[\\/]createSeriesDataSimply|component[\\/]helper[\\/](MapDraw|RoamController|roamHelper|interactionMutex|cursorHelper))|zrender[\\/]lib[\\/](tool[\\/]parse(SVG|XML)|contain[\\/]polygon))[\\/.]/

/**
 * A limit for tests that only compute (property tests, 100,000-row reads): seconds of CPU, and on a
 * busy machine longer still in wall time, which must not fail them.
 */
const CPU_BOUND_TIMEOUT = 30_000

/**
 * The offline worker's copy of a data file is shown only while the session it was sent to lasts,
 * where viewing needs a login (the server says until when: server/routes/data.ts): offline, nothing
 * else tells whether this browser is still logged in. Past that the copy is dropped. The function is
 * written into the worker as its source: it may use nothing from around it.
 */
const copyWhileSessionLasts = {
  cachedResponseWillBeUsed: async ({
    cacheName,
    cachedResponse,
  }: {
    cacheName: string
    cachedResponse?: Response
  }): Promise<Response | null> => {
    const ends = cachedResponse?.headers.get('x-session-ends')
    if (!cachedResponse || ends === null || ends === undefined || Date.parse(ends) > Date.now())
      return cachedResponse ?? null
    await caches.delete(cacheName)
    return null
  },
}

/** Test files that replace a module with vi.mock: they run with a module graph of their own. */
const MOCKS_MODULES = ['tests/unit/stores/datasetBuild.test.ts']
const SERVER_MOCKS_MODULES = ['tests/server/routes/failureWords.test.ts']

/** What the server's tests share: their compiled modules, and limits for real servers and processes. */
const SERVER_TEST = {
  globalSetup: ['tests/support/compiledServer.ts'],
  // Some tests start real server or CLI processes one after another.
  testTimeout: 120_000,
  hookTimeout: 60_000,
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    vue(),
    viteStaticCopy({ targets: [{ src: 'data', dest: '.' }] }),
    // After a first visit the app starts without the network: its files are precached, and the
    // data is fetched network-first with the last copy kept. Live checks (?live=1) always go to
    // the network, so a screen can tell that the server is gone. Where viewing needs a login, the data's
    // copy goes with the session (copyWhileSessionLasts; the app drops it on logout).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        // Control the very first visit, so its data is cached too.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && url.pathname.includes('/data/') && !url.searchParams.has('live'),
            handler: 'NetworkFirst',
            options: { cacheName: 'ip-data', networkTimeoutSeconds: 5, plugins: [copyWhileSessionLasts] },
          },
        ],
      },
    }),
  ],
  // Feature flags of the esm-bundler builds: no Options API, no legacy i18n API or components.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across releases.
        // Only what the first load needs goes in the ECharts chunk: parts registered later load on their own.
        codeSplitting: {
          groups: [
            // The map series and what only it uses stay out: they load with the views that draw a map.
            {
              name: 'echarts',
              test: (id) => /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/.test(id) && !MAP_ONLY.test(id),
              tags: ['$initial'],
            },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|petite-vue-i18n|@intlify)[\\/]/ },
            // The app's own modules of the first load in one file: many small shared chunks cost more than they save.
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Vitest's default leaves one core to itself (one worker on two cores); the tests wait on
    // browsers, servers and child processes often enough that two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      // Each file holds a ratio of CPU times measured in its own process (its rounds interleaved, or
      // a heap against its file's size), which the other tests on the cores do not move: they run
      // beside the rest, not alone after it with a core idle.
      { extends: true, test: { name: 'perf', environment: 'node', include: ['tests/perf/**/*.test.ts'] } },
      // Pure modules and stores: one module graph per worker, not one per file.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...MOCKS_MODULES],
          isolate: false,
          testTimeout: CPU_BOUND_TIMEOUT,
        },
      },
      // Files that replace a module with vi.mock need a module graph of their own.
      {
        extends: true,
        test: { name: 'unit-mocked', environment: 'node', include: [...MOCKS_MODULES], testTimeout: CPU_BOUND_TIMEOUT },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.ts'],
          isolate: false,
          testTimeout: CPU_BOUND_TIMEOUT,
        },
      },
      // Files run side by side: each test opens its own context in its worker's browser (see
      // tests/e2e/browser.ts), reads the one static server, or starts a server of its own on its
      // own port and directory. Modules stay between a worker's files so that its browser does too.
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve.ts', 'tests/support/compiledServer.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a page to get somewhere; its default of 1 s is too short on a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      // Each test has its own state directory and server on a free port (serverPerTest), and the
      // crash test kills only the processes it spawned: files run side by side, with one module graph
      // per worker (the server and Fastify are loaded once, not once a file).
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          exclude: [...SERVER_MOCKS_MODULES],
          isolate: false,
          ...SERVER_TEST,
        },
      },
      // Files that replace a module with vi.mock need a module graph of their own.
      {
        extends: true,
        test: { name: 'server-mocked', environment: 'node', include: [...SERVER_MOCKS_MODULES], ...SERVER_TEST },
      },
    ],
  },
})
