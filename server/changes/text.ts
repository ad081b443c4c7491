import type { PublishRequest } from '../../contract/api'
import { columnLetter } from '../../src/domain/problem'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { ApiError } from '../errors'

// Control characters (tab and line breaks only in the CSV text, where they belong to its layout),
// bidirectional overrides and isolates, which make a name read otherwise than it is stored,
// U+FFFD, which is what invalid UTF-8 in the body decodes to, and unpaired surrogates (a JSON
// escape such as "\ud800"), which UTF-8 cannot hold: written, they would become U+FFFD, and two
// names the server accepted as different would be one on disk.
const UNPAIRED = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]'
const IN_CSV = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069\\ufffd]|${UNPAIRED}`,
)
const IN_LABEL = new RegExp(`[\\u0000-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069\\ufffd]|${UNPAIRED}`)

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

function what(c: string): { zh: string; en: string } {
  if (c === '\ufffd') return { zh: '无效的 UTF-8 字节', en: 'invalid UTF-8 bytes' }
  if (/^[\ud800-\udfff]$/.test(c))
    return {
      zh: `不成对的代理项 ${codePoint(c)}（不是字符）`,
      en: `an unpaired surrogate ${codePoint(c)} (no character)`,
    }
  if (/[\u202a-\u202e\u2066-\u2069]/.test(c))
    return { zh: `双向文字控制符 ${codePoint(c)}`, en: `a bidirectional control character ${codePoint(c)}` }
  return { zh: `控制字符 ${codePoint(c)}`, en: `a control character ${codePoint(c)}` }
}

const badText = (whereZh: string, whereEn: string, c: string) => {
  const w = what(c)
  return new ApiError(400, 'badText', {
    zh: `${whereZh}含有${w.zh}，未发布。`,
    en: `${whereEn} contains ${w.en}; nothing was published.`,
  })
}

/**
 * Refuses text that is not what it shows: control characters, bidi overrides and invalid UTF-8,
 * located by field, and in the CSV by row (header = 1) and column as Excel shows them.
 */
export function checkText(body: PublishRequest): void {
  const labels: [string, string][] = [['name', body.name]]
  for (const [i, entry] of (body.indicators ?? []).entries())
    for (const [key, value] of Object.entries(entry)) labels.push([`indicators[${i}].${key}`, String(value)])
  for (const [i, entry] of (body.regions ?? []).entries())
    for (const [key, value] of Object.entries(entry)) labels.push([`regions[${i}].${key}`, String(value)])
  for (const [field, value] of labels) {
    const bad = IN_LABEL.exec(value)
    if (bad) throw badText(`“${field}”`, `"${field}"`, bad[0])
  }
  const bulletinBad = body.bulletin && IN_CSV.exec(body.bulletin.text)
  if (bulletinBad) {
    const line = (body.bulletin?.text.slice(0, bulletinBad.index).split('\n').length ?? 0).toString()
    throw badText(`简报第 ${line} 行`, `The bulletin's line ${line}`, bulletinBad[0])
  }
  if (!IN_CSV.test(body.csv)) return
  for (const [r, row] of parseCsvRows(body.csv).entries()) {
    for (const [c, cell] of row.entries()) {
      const bad = IN_CSV.exec(cell)
      if (bad)
        throw badText(
          `csv 第 ${r + 1} 行 ${columnLetter(c + 1)} 列`,
          `csv row ${r + 1}, column ${columnLetter(c + 1)},`,
          bad[0],
        )
    }
  }
}
