import { halfWidth, squeeze } from '../import/text'
import type { PatentType } from './records'

/** 专利类型 or 文献类型 as a type: "发明专利", "发明授权", "实用新型", "外观设计", "invention" … */
export function typeFromWords(cell: string): PatentType | undefined {
  const s = squeeze(cell).toLowerCase()
  if (s === '') return undefined
  if (s.includes('实用新型') || s.includes('utility')) return 'utilityModel'
  if (s.includes('外观') || s.includes('design')) return 'design'
  if (s.includes('发明') || s.includes('invention')) return 'invention'
  return undefined
}

/**
 * Whether a document is a grant: its 文献类型 says 授权 (or names a utility model or design, which
 * are published only when granted), or its publication number ends in a grant's kind code (B, C,
 * U, Y, S). Undefined when neither tells.
 */
export function isGrantDocument(documentType: string, publicationNumber: string): boolean | undefined {
  if (documentType === '' && publicationNumber === '') return undefined
  const type = squeeze(documentType)
  if (type !== '') {
    if (/授权|实用新型|外观|专利说明书|^[BCUYS]\d?$/i.test(type)) return true
    if (/公开|公布|申请|^A\d?$/i.test(type)) return false
  }
  const kind = /([A-Z])\d?$/i.exec(squeeze(publicationNumber))?.[1]?.toUpperCase()
  if (kind === undefined) return undefined
  return 'BCUYS'.includes(kind)
}

// An empty cell, a dash, a no or a zero says the fact is absent.
const NONE = /^(?:|-+|—+|否|无|没有|n|no|none|0+(?:\.0+)?)$/i

export const saysYes = (cell: string) => !NONE.test(squeeze(cell))

/**
 * Whether a family cell names a member outside China: a country code other than CN ("US|EP|JP",
 * "CN115123456A; US2023123456A1", "WO2023…"). A bare count says nothing about where the members are.
 */
export function familyAbroad(cell: string): boolean {
  return halfWidth(cell)
    .toUpperCase()
    .split(/[\s;；,，|、/]+/)
    .some((t) => /^(?!CN)[A-Z]{2}(?:\d|$)/.test(t) || /^(?:WO|PCT)/.test(t))
}

/** A number of times or an amount, 0 when the cell holds none. */
export function countOf(cell: string): number {
  const n = Number(
    halfWidth(cell)
      .replace(/[,\s]/g, '')
      .replace(/(次|件|万元|元)$/, ''),
  )
  return Number.isFinite(n) && n > 0 ? n : 0
}
