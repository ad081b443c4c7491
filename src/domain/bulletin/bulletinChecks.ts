import type { Problem } from '../problem'
import { isRefusedLink } from '../sourceLink'

/**
 * How much a published version's bulletins may hold: far beyond a real issue (five to twenty
 * events of a few hundred characters), and far below what would freeze a reader's page or the
 * server's check. A bulletin's whole text is limited by the API (`BulletinFile` in contract/api.ts).
 */
export const BULLETIN_LIMITS = {
  /** Issues one version lists. */
  bulletins: 500,
  /** Events one issue lists. */
  items: 1000,
  /** Characters of one event, its heading and every line under it. */
  itemChars: 20_000,
} as const

// An HTML tag, comment or declaration: `<img …>`, `</b>`, `<!-- … -->`. A bulletin is plain text
// (shown as text everywhere, never as HTML), so markup in it is what someone tried to slip in.
const MARKUP = /<[a-z!/?][^<>]*>/i
const ITEM = /^##\s/
const SOURCE = /^source:\s*(.*)$/

/**
 * What the figures' rules refuse in a bulletin's text, by its line (as parseBulletin numbers
 * them): a source naming another scheme than http(s) (`javascript:`, `data:`; words stay text, as
 * a figure's source may), HTML markup anywhere, more events than an issue may hold (at the first
 * one too many) and an event longer than one may be (at its heading). The first two are warnings,
 * as a figure's source is, which a publish refuses.
 */
export function bulletinProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const items = lines.flatMap((line, i) => (ITEM.test(line.trim()) ? [i] : []))
  let inFrontMatter = lines[0]?.trim() === '---'
  for (const [i, line] of lines.entries()) {
    const row = i + 1
    if (i > 0 && line.trim() === '---') inFrontMatter = false
    const source = inFrontMatter ? SOURCE.exec(line.trim()) : null
    if (source && isRefusedLink(source[1] ?? ''))
      problems.push({ severity: 'warning', code: 'sourceNotLink', file, row, params: { value: source[1] ?? '' } })
    const markup = MARKUP.exec(line)
    if (markup) problems.push({ severity: 'warning', code: 'htmlInText', file, row, params: { value: markup[0] } })
  }
  const tooMany = items[BULLETIN_LIMITS.items]
  if (tooMany !== undefined)
    problems.push({
      severity: 'error',
      code: 'tooManyItems',
      file,
      row: tooMany + 1,
      params: { size: items.length, max: BULLETIN_LIMITS.items },
    })
  for (const [n, start] of items.entries()) {
    const size = lines.slice(start, items[n + 1] ?? lines.length).reduce((sum, l) => sum + l.trim().length, 0)
    if (size > BULLETIN_LIMITS.itemChars)
      problems.push({
        severity: 'error',
        code: 'itemTooLong',
        file,
        row: start + 1,
        params: { size, max: BULLETIN_LIMITS.itemChars },
      })
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
}
