/** Folds what Chinese spreadsheets vary in: full-width letters, digits and brackets, ideographic spaces. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** A cell as an analyst means it: half-width, trimmed, inner whitespace collapsed. */
export function cleanCell(text: string): string {
  return halfWidth(text).replace(/\s+/g, ' ').trim()
}

/** "其 他", "全 省": statistics tables pad short names with spaces. */
export function squeeze(text: string): string {
  return cleanCell(text).replace(/\s+/g, '')
}
