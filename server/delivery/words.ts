import zh from '../../src/i18n/zh-CN'
import zhTools from '../../src/i18n/zh-CN.tools'

/**
 * The app's own Chinese messages, read by the server for what it sends (the office reads Chinese):
 * a delivered brief and the browser's brief say the same words. The message files are plain data
 * that import nothing (ESLint lets the server import these two and nothing else of the interface).
 */
type Messages = { readonly [key: string]: string | Messages }

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/** A message filled with its `{name}` placeholders; a key that is missing is a fault of the code. */
export function say(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const message = lookup(zh, key) ?? lookup(zhTools, key)
  if (message === undefined) throw new Error(`no message ${key}`)
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
