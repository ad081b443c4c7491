/**
 * A source from a data file is a link only when it is an absolute http(s) URL: `javascript:`,
 * `data:` and every other scheme, relative paths and plain words stay text. Checked by hand because
 * the domain has no `URL`, and strictly: a source with spaces or control characters anywhere is
 * text, since browsers drop such characters and would read a scheme that the check did not see.
 */
const HTTP_URL = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i

const isControl = (code: number) => code < 0x20 || code === 0x7f

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true
  return false
}

/** The URL to link to, or null when the source is to be shown as text. */
export function sourceLink(source: string): string | null {
  return HTTP_URL.test(source) && !hasControl(source) ? source : null
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Whether a source names another scheme ("javascript:", "data:"), read as a browser would: leading
 * spaces and control characters skipped, tabs and line breaks dropped. Such a source is shown as text
 * and reported, so whoever published it hears that it is no link.
 */
export function isRefusedLink(source: string): boolean {
  if (!source.includes(':') || sourceLink(source) !== null) return false
  let start = 0
  while (start < source.length && (source.charCodeAt(start) <= 0x20 || isControl(source.charCodeAt(start)))) start++
  return SCHEME.test(source.slice(start).replace(/[\t\n\r]/g, ''))
}
