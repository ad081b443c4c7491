// `node --import tsx scripts/patentFixtures.ts`: writes patent lists built from one seeded spec, as
// two vendors export them, and the counts they must give, to tests/fixtures/patents/:
// - cnipa-documents.csv (UTF-8) and cnipa-documents.xlsx: CNIPA's search export, one row per
//   published document, an invention's A publication and B grant on two rows;
// - commercial-applications.csv (GB18030): a commercial database's export, one row per application;
// - expected.json: the counts, worked out from the spec, not by the code under test.
// Every applicant is an obviously made-up body (示例…, 虚构…); inventors are placeholders.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import * as XLSX from '@e965/xlsx'
import { CNIPA } from '../tests/support/cnipaHeader'

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/patents')
const EXPORTED = 20250715
/** The last month the export covers whole: flows of 2025 are summed over January to June. */
const WHOLE = 20250630

// mulberry32: the same records on every run.
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(19)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T

type Place = { county: string } | { park: string } | { unplaced: true } | { outside: true }

/** Addresses as offices write them, each with where it belongs. */
const ADDRESSES: readonly [string, Place][] = [
  ['湖南省衡阳市珠晖区东风南路示例园1号', { county: '珠晖区' }],
  ['421001 湖南省衡阳市雁峰区示例路2号', { county: '雁峰区' }],
  ['湖南衡阳石鼓区示例大道3号', { county: '石鼓区' }],
  ['湖南省衡阳市蒸湘区示例路4号', { county: '蒸湘区' }],
  ['湖南省衡阳市南岳区示例街5号', { county: '南岳区' }],
  ['湖南省衡阳市衡阳县西渡镇示例路6号', { county: '衡阳县' }],
  ['湖南省衡阳市衡南县云集镇示例路7号', { county: '衡南县' }],
  ['衡阳市衡山县示例路8号', { county: '衡山县' }],
  ['湖南省衡阳市衡东县示例路9号', { county: '衡东县' }],
  ['湖南省祁东县示例路10号', { county: '祁东县' }],
  ['湖南省耒阳市示例路11号', { county: '耒阳市' }],
  ['湖南常宁市示例路12号', { county: '常宁市' }],
  ['湖南省衡阳市高新区示例大道13号', { park: '衡阳高新技术产业开发区' }],
  ['湖南省衡阳市示例大道14号', { unplaced: true }],
  ['湖南省长沙市岳麓区衡阳路15号', { outside: true }],
  ['广东省深圳市南山区示例路16号', { outside: true }],
]

type Kind = 'university' | 'research' | 'enterprise'
interface Applicant {
  readonly name: string
  readonly kind: Kind
  readonly address: number
  /** Valid inventions planned for the leading applicants; the others hold at most 5. */
  readonly lead?: number
}

const LEADS: readonly Applicant[] = [
  { name: '衡阳示例能源科技有限公司', kind: 'enterprise', address: 3, lead: 40 },
  { name: '示例理工大学', kind: 'university', address: 0, lead: 30 },
  { name: '虚构冶金研究院', kind: 'research', address: 2, lead: 22 },
  { name: '耒阳示例重工有限公司', kind: 'enterprise', address: 10, lead: 15 },
  { name: '衡东示例化工有限公司', kind: 'enterprise', address: 8, lead: 9 },
]
const WORDS = ['星河', '青松', '远山', '明湖', '云帆', '朗月', '石泉', '长风', '锦程', '拓新']
const TRADES = ['电子', '机械', '材料', '生物', '环保', '智能', '建材', '医疗']
const OTHERS: readonly Applicant[] = WORDS.flatMap((w, i) =>
  [0, 1, 2].map((k) => ({
    name: k === 2 ? `虚构${w}职业技术学院` : `示例${w}${TRADES[(i + k) % TRADES.length] ?? ''}有限公司`,
    kind: k === 2 ? 'university' : 'enterprise',
    address: (i * 3 + k) % ADDRESSES.length,
  })),
)

/** IPC codes whose WIPO field (IPC–technology concordance, 2019) is known. */
const IPCS: readonly [string, number][] = [
  ['H01M 10/0525', 1],
  ['H04L 67/12', 4],
  ['G06F 16/22', 6],
  ['G01N 21/31', 10],
  ['A61B 5/00', 13],
  ['C22C 38/02', 20],
  ['B23K 37/04', 26],
  ['E04B 1/98', 35],
]

type PatentType = 'invention' | 'utilityModel' | 'design'
type State = 'valid' | 'invalid' | 'pending'
interface Spec {
  readonly applicant: Applicant
  readonly coApplicant: string
  readonly type: PatentType
  readonly filed: number
  readonly published: number
  readonly granted: number
  readonly state: State
  readonly status: string
  readonly ipc: [string, number]
  readonly abroad: boolean
  readonly pledges: number
}

const day = (y: number, m: number, d: number) => y * 10000 + m * 100 + d
function later(from: number, months: number): number {
  const y = Math.floor(from / 10000)
  const m = Math.floor(from / 100) % 100
  const total = y * 12 + m - 1 + months
  return day(Math.floor(total / 12), (total % 12) + 1, Math.min(from % 100, 28))
}

const STATUS: Record<string, readonly string[]> = {
  valid: ['有效', '授权', '专利权维持'],
  lapsed: ['未缴年费', '失效'],
  rejected: ['驳回', '视为撤回'],
  pending: ['实质审查', '公开'],
  expired: ['期限届满'],
}

/** One application: what happened to it, and the words a list shows for that. */
function spec(applicant: Applicant, type: PatentType, asked: keyof typeof STATUS): Spec | undefined {
  // A utility model or design is published only when granted: no list shows one pending or refused.
  const outcome = type !== 'invention' && (asked === 'pending' || asked === 'rejected') ? 'valid' : asked
  const filed = day(2012 + Math.floor(rand() * 13.25), 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))
  const invention = type === 'invention'
  const granted = invention
    ? outcome === 'valid' || outcome === 'lapsed'
      ? later(filed, 20 + Math.floor(rand() * 20))
      : 0
    : later(filed, 4 + Math.floor(rand() * 6))
  const published = invention ? later(filed, 18) : granted
  // Nothing unpublished is in any list; a grant after the export date is not one yet.
  if (published > EXPORTED || granted > EXPORTED) return undefined
  if (outcome === 'expired' && (invention || later(filed, 120) > EXPORTED)) return undefined
  const state: State = outcome === 'valid' ? 'valid' : outcome === 'pending' ? 'pending' : 'invalid'
  const ipc = pick(IPCS)
  return {
    applicant,
    coApplicant: rand() < 0.2 && applicant.name !== '示例理工大学' ? '示例理工大学' : '',
    type,
    filed,
    published,
    granted,
    state,
    status: pick(STATUS[outcome] ?? []),
    ipc,
    abroad: invention && rand() < 0.15,
    pledges: invention && granted !== 0 && rand() < 0.1 ? 1 + Math.floor(rand() * 3) : 0,
  }
}

/** The leading applicants' planned valid inventions, then the others' patents, each holding at most 5 valid inventions. */
function specs(): Spec[] {
  const all: Spec[] = []
  const add = (s: Spec | undefined) => s && all.push(s)
  for (const a of LEADS) {
    let valid = 0
    while (valid < (a.lead ?? 0)) {
      const s = spec(a, 'invention', 'valid')
      if (s) valid++
      add(s)
    }
    for (let k = 0; k < 12; k++)
      add(
        spec(
          a,
          pick(['invention', 'utilityModel', 'design'] as const),
          pick(['lapsed', 'pending', 'rejected', 'valid'] as const),
        ),
      )
  }
  const validOf = new Map<string, number>()
  for (let k = 0; k < 420; k++) {
    const a = pick(OTHERS)
    const type = pick(['invention', 'invention', 'utilityModel', 'utilityModel', 'utilityModel', 'design'] as const)
    let outcome = pick(['valid', 'valid', 'lapsed', 'pending', 'rejected', 'expired'] as const)
    if (type === 'invention' && outcome === 'valid' && (validOf.get(a.name) ?? 0) >= 5) outcome = 'lapsed'
    const s = spec(a, type, outcome)
    if (s && s.type === 'invention' && s.state === 'valid') validOf.set(a.name, (validOf.get(a.name) ?? 0) + 1)
    add(s)
  }
  return all
}

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
function checkDigit(digits: string): string {
  const r = [...digits].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11
  return r === 10 ? 'X' : String(r)
}

const TYPE_DIGIT: Record<PatentType, string> = { invention: '1', utilityModel: '2', design: '3' }
const KIND: Record<PatentType, [string, string]> = {
  invention: ['A', 'B'],
  utilityModel: ['U', 'U'],
  design: ['S', 'S'],
}

/** Numbers as CNIPA gives them: the filing year, the type digit, a serial, the check digit. */
function numbered(all: readonly Spec[]) {
  const serials = new Map<string, number>()
  return all.map((s, k) => {
    const prefix = `${Math.floor(s.filed / 10000)}${TYPE_DIGIT[s.type]}`
    const serial = (serials.get(prefix) ?? 0) + 1
    serials.set(prefix, serial)
    const digits = `${prefix}${String(serial).padStart(7, '0')}`
    const publication = `CN${String(100000000 + k * 7 + 3)}`
    return { ...s, digits, check: checkDigit(digits), publication }
  })
}
type Numbered = ReturnType<typeof numbered>[number]

const dotted = (d: number) =>
  `${Math.floor(d / 10000)}.${String(Math.floor(d / 100) % 100).padStart(2, '0')}.${String(d % 100).padStart(2, '0')}`
const dashed = (d: number) => dotted(d).replace(/\./g, '-')
const slashed = (d: number) => `${Math.floor(d / 10000)}/${Math.floor(d / 100) % 100}/${d % 100}`
/** Excel's serial of a day, as a workbook stores a date. */
const serial = (d: number) =>
  Math.round(
    (Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100) - Date.UTC(1899, 11, 30)) / 86400000,
  )

const applicantsOf = (s: Numbered) => (s.coApplicant ? `${s.applicant.name}；${s.coApplicant}` : s.applicant.name)
const cnipaState = (s: Numbered) => s.status
const addressOf = (s: Numbered) => ADDRESSES[s.applicant.address]?.[0] ?? ''

const DOC_TYPE: Record<PatentType, [string, string]> = {
  invention: ['发明公开', '发明授权'],
  utilityModel: ['实用新型', '实用新型'],
  design: ['外观设计', '外观设计'],
}

/** CNIPA's rows: an invention's A publication, and its B grant once granted; a utility model's or design's grant. */
function documentRows(all: readonly Numbered[], date: (d: number) => string | number): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const s of all) {
    const docs: [number, 0 | 1][] = s.type === 'invention' ? [[s.published, 0]] : []
    if (s.granted) docs.push([s.granted, 1])
    for (const [pub, grant] of docs) {
      const kind = KIND[s.type][grant]
      const title = `${s.applicant.name.slice(0, 4)}一种示例${s.type === 'design' ? '外观' : '装置'}${s.digits.slice(-4)}`
      rows.push([
        `CN${s.digits}.${s.check}`,
        dotted(s.filed),
        `${s.publication}${kind}`,
        date(pub),
        title,
        `${s.ipc[0]}；${s.ipc[0].slice(0, 4)} 99/00`,
        applicantsOf(s),
        '发明人甲；发明人乙',
        addressOf(s),
        '',
        '湖南(43)',
        '示例专利代理事务所',
        cnipaState(s),
        DOC_TYPE[s.type][grant],
      ])
    }
  }
  return rows
}

const COMMERCIAL_HEADER = [
  '序号',
  '申请号',
  '申请日',
  '公开(公告)号',
  '公开(公告)日',
  '授权公告日',
  '专利类型',
  '标题',
  '申请人',
  '当前权利人',
  '申请人地址',
  'IPC',
  '发明人',
  '当前法律状态',
  '同族国家',
  '转让次数',
  '许可次数',
  '质押次数',
  '失效日期',
]
const TYPE_WORD: Record<PatentType, string> = { invention: '发明专利', utilityModel: '实用新型', design: '外观设计' }

/** A commercial database's rows: one per application, numbers and dates as such databases write them. */
function applicationRows(all: readonly Numbered[]): string[][] {
  return all.map((s, k) => [
    String(k + 1),
    k % 2 === 0 ? `${s.digits}${s.check}` : `${s.digits}.${s.check}`,
    k % 3 === 0 ? slashed(s.filed) : dashed(s.filed),
    `${s.publication}${KIND[s.type][s.granted ? 1 : 0]}`,
    dashed(s.granted || s.published),
    s.granted ? dashed(s.granted) : '',
    TYPE_WORD[s.type],
    `一种示例装置${s.digits.slice(-4)}`,
    applicantsOf(s),
    s.state === 'valid' ? s.applicant.name : '',
    addressOf(s),
    `${s.ipc[0]} | ${s.ipc[0].slice(0, 4)} 99/00`,
    '发明人甲',
    s.status,
    s.abroad ? 'CN; US; EP' : 'CN',
    '0',
    '0',
    String(s.pledges),
    '',
  ])
}

const yearKey = (d: number) => (d > 20241231 ? '2025-01..06' : String(Math.floor(d / 10000)))
const placeOf = (s: Spec) => ADDRESSES[s.applicant.address]?.[1] ?? { unplaced: true }
const count = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1)

/** The counts the lists must give, from the spec itself. */
function expected(all: readonly Numbered[]) {
  const inCity = all.filter((s) => !('outside' in placeOf(s)))
  const validInventions = inCity.filter((s) => s.type === 'invention' && s.state === 'valid')
  const flows = (pick: (s: Spec) => number) => {
    const byYear: Record<string, Record<string, number>> = {}
    for (const s of inCity) {
      const d = pick(s)
      if (d === 0 || d > WHOLE) continue
      count((byYear[yearKey(d)] ??= {}), s.type)
    }
    return byYear
  }
  const byCounty: Record<string, { records: number; validInventions: number; grants2024: number }> = {}
  for (const s of inCity) {
    const p = placeOf(s)
    if (!('county' in p)) continue
    const c = (byCounty[p.county] ??= { records: 0, validInventions: 0, grants2024: 0 })
    c.records++
    if (s.type === 'invention' && s.state === 'valid') c.validInventions++
    if (Math.floor(s.granted / 10000) === 2024) c.grants2024++
  }
  const byApplicant: Record<string, number> = {}
  const fields: Record<string, number> = {}
  for (const s of validInventions) {
    count(byApplicant, s.applicant.name)
    count(fields, String(s.ipc[1]))
  }
  return {
    exported: '2025-07-15',
    records: all.length,
    documents: documentRows(all, dotted).length,
    applications: flows((s) => s.filed),
    grants: flows((s) => s.granted),
    byCounty,
    parks: inCity.filter((s) => 'park' in placeOf(s)).length,
    unplaced: inCity.filter((s) => 'unplaced' in placeOf(s)).length,
    outside: all.length - inCity.length,
    validInventions: validInventions.length,
    topApplicants: Object.entries(byApplicant)
      .sort((a, b) => b[1] - a[1])
      .slice(0, LEADS.length)
      .map(([name, n]) => ({ name, validInventions: n })),
    fields,
    familyAbroad: validInventions.filter((s) => s.abroad).length,
    pledged: validInventions.filter((s) => s.pledges > 0).length,
  }
}

const csvCell = (c: string | number) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))
const csv = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'

function main() {
  const all = numbered(specs())
  mkdirSync(out, { recursive: true })
  // CNIPA's export opens with a line about the search before the header.
  const title = ['检索式：申请人地址=(衡阳) 导出日期：2025-07-15']
  writeFileSync(resolve(out, 'cnipa-documents.csv'), csv([title, CNIPA, ...documentRows(all, dotted)]))
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([title, CNIPA, ...documentRows(all, serial)]), '检索结果')
  writeFileSync(
    resolve(out, 'cnipa-documents.xlsx'),
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
  )
  writeFileSync(
    resolve(out, 'commercial-applications.csv'),
    iconv.encode(csv([COMMERCIAL_HEADER, ...applicationRows(all)]), 'gb18030'),
  )
  writeFileSync(resolve(out, 'expected.json'), JSON.stringify(expected(all), null, 2) + '\n')
  console.log(`${all.length} applications written to ${out}`)
}

main()
