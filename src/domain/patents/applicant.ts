import { halfWidth } from '../import/text'

/**
 * The province's tables split patents by who holds them: 大专院校, 科研单位, 企业 (工矿企业),
 * 机关团体 and 个人. An applicant's type is read from its name and can be overridden.
 */
export const APPLICANT_TYPES = ['university', 'research', 'enterprise', 'agency', 'individual'] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]

/**
 * A name as one applicant, however it was typed: half-width letters, digits and brackets, no
 * spaces between Chinese characters or around brackets, one space between Latin words. Nothing
 * else changes: 有限公司 and 有限责任公司 are different legal forms, and so different applicants.
 */
export function normaliseApplicant(name: string): string {
  return halfWidth(name)
    .replace(/[〔【［]/g, '(')
    .replace(/[〕】］]/g, ')')
    .replace(/\s+/g, ' ')
    .replace(/ ?([()]) ?/g, '$1')
    .replace(/(?<=[^\x20-\x7e]) | (?=[^\x20-\x7e])/g, '')
    .trim()
}

/**
 * The applicants of one cell, in their order: exports separate them with ；, ;, |, 、 or a comma.
 * A separator inside brackets is part of a name, and so is the comma of a Latin legal form
 * ("Sany Co., Ltd."), which is followed by a space and the form.
 */
export function splitNames(cell: string): string[] {
  const names: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charAt(i)
    if (OPENING.includes(c)) depth++
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && SEPARATORS.includes(c) && !(isComma(c) && LATIN_FORM.test(cell.slice(i + 1, i + 12)))) {
      names.push(cell.slice(from, i))
      from = i + 1
    }
  }
  names.push(cell.slice(from))
  return names.map(normaliseApplicant).filter(Boolean)
}

const OPENING = '(（[［【〔'
const CLOSING = ')）]］】〕'
const SEPARATORS = ';；|｜、,，'
const isComma = (c: string) => c === ',' || c === '，'
const LATIN_FORM = /^\s*(?:ltd|limited|inc|llc|corp|co\b|gmbh|ag\b|s\.?a\b|plc|l\.?p\b|kg\b|b\.?v)/i

/**
 * The type a name says. Chinese puts an organisation's kind at the end, so the last word of a kind
 * decides (湖南大学衡阳研究院 is research; 某研究院有限公司 is an enterprise; 南华大学附属第一医院 is
 * a hospital). Hospitals, schools below college level and other public institutions count as
 * 机关团体, as in the province's tables, which have no column for them. A name of two to four Chinese
 * characters (or a name with ·) and no such word is a person's; any other name, an enterprise,
 * the kind most applicants are.
 */
export function applicantType(name: string): ApplicantType {
  const text = normaliseApplicant(name)
  let word = ''
  let end = -1
  for (const match of text.matchAll(KIND_WORDS)) {
    const matchEnd = match.index + match[0].length
    if (matchEnd > end) [word, end] = [match[0], matchEnd]
  }
  const person = PERSON.test(text)
  // 王局, 李站: a one-character word in a name of three characters at most is a person's name.
  if (person && (word === '' || (word.length === 1 && text.length <= 3))) return 'individual'
  return KIND_OF.get(word.toLowerCase()) ?? 'enterprise'
}

const PERSON = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)+$/

const KINDS: Record<ApplicantType, readonly string[]> = {
  university: ['大学', '学院', '高等专科学校', '专科学校', '高专', 'university', 'college'],
  research: [
    '研究院',
    '研究所',
    '研究中心',
    '研究室',
    '科学院',
    '实验室',
    '研究会',
    'institute',
    'academy',
    'laboratory',
  ],
  enterprise: [
    '公司',
    '集团',
    '厂',
    '合作社',
    '企业',
    '合伙',
    '商行',
    '经营部',
    '门市部',
    '工作室',
    '事务所',
    '农场',
    '林场',
    '养殖场',
    '株式会社',
    '会社',
    'co.',
    'ltd',
    'inc',
    'llc',
    'corp',
    'corporation',
    'company',
    'gmbh',
    'limited',
  ],
  agency: [
    '局',
    '委员会',
    '政府',
    '中心',
    '协会',
    '学会',
    '联合会',
    '商会',
    '基金会',
    '医院',
    '卫生院',
    '保健院',
    '疗养院',
    '学校',
    '中学',
    '小学',
    '幼儿园',
    '办事处',
    '管理处',
    '管理所',
    '检验所',
    '监测站',
    '站',
    '部队',
    '大队',
    '支队',
    '总队',
    '法院',
    '检察院',
    '博物馆',
    '图书馆',
    '党校',
    '办公室',
    'hospital',
  ],
  individual: [],
}

const KIND_OF = new Map(APPLICANT_TYPES.flatMap((type) => KINDS[type].map((word) => [word, type] as const)))

// Longest first, so that at one position 科学院 is read before 学院 and 研究中心 before 中心.
const KIND_WORDS = new RegExp(
  [...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[a-z.]+$/.test(w) ? `\\b${w.replace('.', '\\.')}${w.endsWith('.') ? '' : '\\b'}` : w))
    .join('|'),
  'gi',
)
