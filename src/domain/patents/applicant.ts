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
  if (!UNEVEN.test(name)) return name
  return halfWidth(name)
    .replace(/[〔【［]/g, '(')
    .replace(/[〕】］]/g, ')')
    .replace(/\s+/g, ' ')
    .replace(/ ?([()]) ?/g, '$1')
    .replace(/(?<=[^\x20-\x7e]) | (?=[^\x20-\x7e])/g, '')
    .trim()
}

const UNEVEN = /[\s\uFF01-\uFF5E〔【［〕】］]/

/**
 * The applicants of one cell, in their order: exports separate them with ；, ;, |, 、 or a comma.
 * A separator inside brackets is part of a name, and so is the comma of a Latin legal form
 * ("Sany Co., Ltd."), which is followed by a space and the form.
 */
export function splitNames(cell: string): string[] {
  if (!CAREFUL.test(cell)) return cell.split(PLAIN_SEPARATORS).map(normaliseApplicant).filter(Boolean)
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
// Brackets and commas need a closer reading; most cells have neither.
const CAREFUL = /[(（[［【〔,，]/
const PLAIN_SEPARATORS = /[;；|｜、]/
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
  const word = lastKindWord(text.toLowerCase())
  // 王局, 李站: a one-character word in a name of three characters at most is a person's name.
  if (PERSON.test(text) && (word === '' || (word.length === 1 && text.length <= 3))) return 'individual'
  return KIND_OF.get(word) ?? 'enterprise'
}

/** The kind word that ends last in the name, the longest of those ending there ('' if none). */
function lastKindWord(text: string): string {
  for (let end = text.length; end > 0; end--) {
    for (const word of BY_LAST_CHARACTER.get(text.charAt(end - 1)) ?? []) {
      if (text.endsWith(word, end) && standsAlone(text, word, end)) return word
    }
  }
  return ''
}

/** A Latin word is a whole word ("inc" is not a word of "Princeton"); a Chinese one needs no gap. */
function standsAlone(text: string, word: string, end: number): boolean {
  if (!LATIN.test(word)) return true
  const letter = /[a-z]/
  return !letter.test(text.charAt(end - word.length - 1)) && (word.endsWith('.') || !letter.test(text.charAt(end)))
}

const LATIN = /^[a-z.]+$/

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

// By last character, longest first, so that at one end 科学院 is read before 学院 and 研究中心
// before 中心.
const BY_LAST_CHARACTER = new Map<string, string[]>()
for (const word of [...KIND_OF.keys()].sort((a, b) => b.length - a.length)) {
  const last = word.charAt(word.length - 1)
  BY_LAST_CHARACTER.set(last, [...(BY_LAST_CHARACTER.get(last) ?? []), word])
}
