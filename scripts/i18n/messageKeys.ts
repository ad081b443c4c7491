/** Nested messages, as in src/i18n/zh-CN.ts. */
export interface Messages {
  readonly [key: string]: string | Messages
}

export interface SourceFile {
  readonly path: string
  readonly text: string
}

export interface KeyProblems {
  /** Keys some language defines and this one lacks. */
  readonly missing: readonly { readonly locale: string; readonly key: string }[]
  /** Keys the code asks for that no language defines; a key built at run time shows as its prefix and `*`. */
  readonly unknown: readonly { readonly key: string; readonly file: string }[]
  /** Keys defined but never named in the code. */
  readonly unused: readonly string[]
}

export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : messageKeys(value, `${prefix}${key}.`),
  )
}

/** A key built at run time: `trend.${line.shape}`. */
interface Dynamic {
  readonly prefix: string
  /** The template ends with its one interpolation, so that part is one value the code holds as a string. */
  readonly lastPart: boolean
}

// In a Vue template a double-quoted attribute holds an expression (`:title="kpi.source"`), not a string.
const quotes = (file: SourceFile) => (file.path.endsWith('.vue') ? `'\`` : `'"\``)
// Strings without quotes, braces or dollars inside: a template literal's text around `${t('a.b')}` is
// not taken for one string that hides the key in it.
const stringLiterals = (file: SourceFile) => new RegExp(`([${quotes(file)}])((?:[^'"\`$\\\\{}\\n]|\\\\.)*)\\1`, 'g')
const KEY = /^[A-Za-z_][\w-]*(?:\.[\w-]+)+$/
const DYNAMIC = /`((?:[A-Za-z_][\w-]*\.)+)\$\{(?:[^`{}]*\}(`))?/g
const CALL = /(?<![\w$])(?:\$t|t|te)\(/g
const KEYPATH = /\bkeypath="([^"]*)"/g
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' }

const unescape = (text: string) => text.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c)

/** The text of a call's first argument, from just after its opening parenthesis. */
function firstArgument(text: string, start: number): string {
  let depth = 0
  let quote = ''
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = ''
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(' || c === '{' || c === '[') depth++
    else if (depth > 0 && (c === ')' || c === '}' || c === ']')) depth--
    else if (c === ',' || c === ')') return text.slice(start, i)
  }
  return text.slice(start)
}

/** What a piece of code names: strings, keys among them, and keys built at run time. */
function named(text: string, file: SourceFile) {
  const strings = [...text.matchAll(stringLiterals(file))].map((m) => unescape(m[2] ?? ''))
  return {
    strings,
    keys: strings.filter((s) => KEY.test(s)),
    dynamic: [...text.matchAll(DYNAMIC)].map((m): Dynamic => ({ prefix: m[1] ?? '', lastPart: m[2] !== undefined })),
  }
}

/**
 * Checks the languages against each other and against the code (src/, without the messages). A key
 * counts as used when the code holds it as a string anywhere (it may be passed around before reaching
 * `t`), or when a template literal builds it: `import.roles.${role}` uses "import.roles.unit" if the
 * code holds 'unit' as a string (the values such a part takes are spelled out in types and constants).
 * A template with more after its interpolation uses every key under its prefix. Only what is handed to
 * `t`, `$t`, `te` or `keypath` must exist.
 */
export function checkMessageKeys(
  locales: Readonly<Record<string, Messages>>,
  sources: readonly SourceFile[],
): KeyProblems {
  const byLocale = Object.entries(locales).map(
    ([locale, messages]) => [locale, new Set(messageKeys(messages))] as const,
  )
  const defined = [...new Set(byLocale.flatMap(([, keys]) => [...keys]))]
  const missing = byLocale.flatMap(([locale, keys]) =>
    defined.filter((key) => !keys.has(key)).map((key) => ({ locale, key })),
  )

  const strings = new Set<string>()
  const dynamic: Dynamic[] = []
  const unknown: { key: string; file: string }[] = []
  for (const file of sources) {
    const all = named(file.text, file)
    for (const s of all.strings) strings.add(s)
    dynamic.push(...all.dynamic)

    const asked = [...file.text.matchAll(CALL)].map((m) => named(firstArgument(file.text, m.index + m[0].length), file))
    const keypaths = [...file.text.matchAll(KEYPATH)].map((m) => m[1] ?? '')
    for (const key of keypaths) strings.add(key)
    for (const key of [...asked.flatMap((a) => a.keys), ...keypaths])
      if (!defined.includes(key)) unknown.push({ key, file: file.path })
    for (const { prefix } of asked.flatMap((a) => a.dynamic))
      if (!defined.some((key) => key.startsWith(prefix))) unknown.push({ key: `${prefix}*`, file: file.path })
  }

  const built = (key: string) =>
    dynamic.some(
      ({ prefix, lastPart }) => key.startsWith(prefix) && (!lastPart || strings.has(key.slice(prefix.length))),
    )
  const unused = defined.filter((key) => !strings.has(key) && !built(key))
  return { missing, unknown, unused }
}
