// Every message key in both languages, every key the app asks for defined, every defined key used.
// Run by npm test: tsx scripts/checkMessages.ts
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import en from '../src/i18n/en'
import enTools from '../src/i18n/en.tools'
import zh from '../src/i18n/zh-CN'
import zhTools from '../src/i18n/zh-CN.tools'
import { checkMessageKeys } from './i18n/messageKeys'

const root = fileURLToPath(new URL('..', import.meta.url))
const src = join(root, 'src')
const messagesDir = join(src, 'i18n')

const codeIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => /\.(ts|vue)$/.test(path) && !path.startsWith(messagesDir))

// The app's code; the server's, which sends in the app's Chinese words (server/delivery/words.ts); and
// the contract's word lists, whose words name messages (`problem.${code}`, `delivery.state.${state}`).
const sources = [
  ...codeIn(src),
  ...codeIn(join(root, 'server')),
  join(root, 'contract', 'vocabulary.ts'),
  join(root, 'contract', 'delivery.ts'),
].map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))

type Messages = { readonly [key: string]: string | Messages }

/** The app's messages and the tools': a group may be split between them (its overview words in the first). */
const withTools = (app: Messages, tools: Messages): Messages =>
  Object.fromEntries(
    [...new Set([...Object.keys(app), ...Object.keys(tools)])].map((k) => {
      const [a, t] = [app[k], tools[k]]
      return [k, typeof a === 'object' && typeof t === 'object' ? { ...a, ...t } : (t ?? a ?? '')]
    }),
  )

const { missing, unknown, unused } = checkMessageKeys(
  { 'zh-CN': withTools(zh, zhTools), en: withTools(en, enTools) },
  sources,
)
for (const { locale, key } of missing) console.error(`${key}: missing in ${locale}`)
for (const { key, file } of unknown) console.error(`${key}: used in ${file}, defined nowhere`)
for (const key of unused) console.error(`${key}: defined, never used`)
if (missing.length + unknown.length + unused.length > 0) process.exit(1)
console.log(`Message keys: ${sources.length} files checked, every key defined in both languages and used.`)
