import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

/**
 * What the server may not import of the app. It may take the pure option builders of the charts and
 * their theme (to draw a delivered brief's charts as the browser does) and the Chinese message files
 * (plain data importing nothing, for the words it sends); nothing else of the interface.
 */
const SERVER_WALLS = [
  {
    group: [
      'vue',
      'vue-*',
      'pinia',
      '**/src/stores/**',
      '**/src/components/**',
      '**/src/composables/**',
      '**/src/views/**',
      '**/src/io/**',
    ],
    message: 'The server takes from the app its pure domain only.',
  },
  {
    regex: '/src/charts/(?!(options/trend|options/labelsApart|chartOption|theme)$)',
    message: 'The server draws with the trend builder (and its labels kept apart) only.',
  },
  { regex: '/src/i18n/(?!zh-CN(\\.tools)?$)', message: 'The server reads the Chinese messages only.' },
]

export default defineConfigWithVueTs(
  { name: 'app/files', files: ['**/*.{ts,mts,vue}'] },
  { name: 'app/ignores', ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'bench-results/**', '.scratch/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    name: 'app/rules',
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'app/echarts-registered-once',
    files: ['src/**/*.{ts,vue}'],
    // echartsMap.ts holds the parts only map views need, loaded on demand from echarts.ts; chartOption.ts
    // holds the option's types only.
    ignores: ['src/charts/echarts.ts', 'src/charts/echartsMap.ts', 'src/charts/chartOption.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts', message: 'Register parts in src/charts/echarts.ts.' }],
          patterns: ['echarts/charts', 'echarts/components', 'echarts/renderers'],
        },
      ],
    },
  },
  {
    name: 'app/domain-is-pure',
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'vue',
            'vue-*',
            'pinia',
            'echarts',
            'echarts/*',
            '@/stores/**',
            '@/components/**',
            '@/charts/**',
            '@/io/**',
            '@/composables/**',
            '@/views/**',
            '**/io/**',
          ],
        },
      ],
    },
  },
  {
    // The app takes the API's types from the contract, never its schemas: TypeBox stays out of the bundle.
    name: 'app/contract-types-only',
    files: ['src/**/*.{ts,vue}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/contract/*', 'typebox', 'typebox/*'],
              allowTypeImports: true,
              message: 'Import the contract with `import type`: its schemas are for the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain takes the words its types derive from (indicator kinds, region levels) as values from
    // contract/vocabulary.ts, which imports nothing (app/vocabulary-is-plain): still no TypeBox in the bundle.
    name: 'app/domain-takes-the-vocabulary',
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/contract/*', '!**/contract/vocabulary', 'typebox', 'typebox/*'],
              allowTypeImports: true,
              message: 'Import the contract with `import type`: its schemas are for the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is shared by the server and the app: schemas and types only.
    name: 'app/contract-is-pure',
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fastify', '@fastify/*', 'vue', '**/src/*', '**/server/*', '@/*'] },
      ],
    },
  },
  {
    // The one part of the contract the app bundles: plain lists, so nothing may come in with them.
    name: 'app/vocabulary-is-plain',
    files: ['contract/vocabulary.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*'], message: 'The vocabulary is bundled by the app: it imports nothing.' }] },
      ],
    },
  },
  {
    // The Chinese messages are read by the server too (the words it sends): plain data, importing nothing.
    name: 'app/messages-are-plain',
    files: ['src/i18n/zh-CN.ts', 'src/i18n/zh-CN.tools.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*'], message: 'The server reads this file: it imports nothing.' }] },
      ],
    },
  },
  {
    // Three rooms: the app never reaches into the server; the server takes from the app only its pure
    // domain and the CSV helpers, never the interface.
    name: 'app/rooms',
    files: ['src/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+server(/|$)', message: 'The app talks to the server over HTTP only.' }] },
      ],
    },
  },
  {
    name: 'server/rooms',
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['echarts', 'echarts/*'], message: 'Only server/delivery/picture.ts draws.' },
            ...SERVER_WALLS,
          ],
        },
      ],
    },
  },
  {
    // The one server module that draws charts (ECharts' server-side SVG), loaded only for a brief.
    name: 'server/draws-charts-once',
    files: ['server/delivery/picture.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: SERVER_WALLS }] },
  },
  {
    // A function longer than this is cut along its seams. Tests are left out: a describe callback is long by nature.
    name: 'app/short-functions',
    files: ['{src,server,contract,scripts}/**/*.{ts,vue}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // Formatting is Prettier's alone (npm run format); ESLint checks only what is not layout.
  skipFormatting,
)
