import { halfWidth } from '../import/text'
import type { PatentField, PatentLayout, PatentListMapping } from './records'

/** What vendors call each field, as `headerKey` folds it (brackets half-width, no spaces, lower case). */
const NAMES: Readonly<Record<PatentField, readonly string[]>> = {
  applicationNumber: [
    '申请号',
    '申请号码',
    '专利申请号',
    '申请号/专利号',
    '专利号',
    '申请(专利)号',
    'applicationnumber',
    'appno',
  ],
  filingDate: ['申请日', '申请日期', '申请时间', 'filingdate', 'applicationdate'],
  publicationNumber: ['公开(公告)号', '公开公告号', '公开号', '公告号', '公布号', '公开(公布)号', 'publicationnumber'],
  publicationDate: [
    '公开(公告)日',
    '公开公告日',
    '公开日',
    '公告日',
    '公开日期',
    '公布日',
    '公开(公布)日',
    'publicationdate',
  ],
  grantDate: ['授权日', '授权公告日', '授权日期', '授权公告日期', '授权时间', 'grantdate'],
  title: ['发明名称', '专利名称', '名称', '标题', '发明创造名称', 'title'],
  ipc: ['ipc分类号', 'ipc', 'ipc主分类号', '主分类号', '分类号', 'ipc分类', '国际专利分类号'],
  applicants: [
    '申请(专利权)人',
    '申请人',
    '专利权人',
    '申请人/专利权人',
    '原始申请人',
    '申请人名称',
    'applicant',
    'applicants',
  ],
  inventors: ['发明人', '设计人', '发明(设计)人', '发明人/设计人', 'inventor', 'inventors'],
  address: ['申请人地址', '地址', '第一申请人地址', '申请(专利权)人地址', '专利权人地址', 'address'],
  postcode: ['申请人邮编', '邮编', '邮政编码', 'postcode'],
  province: ['申请人所在国(省)', '国省代码', '申请人国家/省市', '国家/省市', '申请人所在国省'],
  agency: ['代理机构', '专利代理机构'],
  legalStatus: ['法律状态', '法律状态/事件', '简单法律状态', 'legalstatus'],
  currentStatus: ['当前法律状态', '当前状态', '法律状态(当前)', 'currentstatus'],
  currentHolder: ['当前权利人', '当前专利权人', '当前申请(专利权)人'],
  documentType: ['文献类型', '公开类型', '文献种类', '文献类别'],
  patentType: ['专利类型', '专利种类', '类型'],
  family: ['同族', '同族专利', '同族国家', '同族专利国家', '同族国家/地区', '海外同族', '简单同族'],
  pct: ['pct', 'pct申请号', 'pct国际申请号', 'pct申请', '国际申请号', '国际申请'],
  transfers: ['转让次数', '转移次数', '权利转移次数'],
  licences: ['许可次数', '实施许可次数'],
  pledges: ['质押次数', '质押', '质押保全次数'],
  pledgeAmount: ['质押金额', '质押融资金额', '质押金额(万元)', '质押融资金额(万元)'],
  expiryDate: ['失效日期', '失效日', '失效时间'],
  strategicIndustry: ['战略性新兴产业', '战略性新兴产业分类', '战略新兴产业', '战略性新兴产业类别'],
  awards: ['获奖情况', '中国专利奖', '获奖', '奖项', '专利奖'],
}

/**
 * A header cell as the names above are written: half-width, without soft hyphens, zero-width
 * characters or spaces ("申请 （专利权）人", "申\u00AD请号"), lower case.
 */
function headerKey(cell: string): string {
  return halfWidth(cell)
    .replace(/[\u00AD\u200B-\u200D\uFEFF\s]/g, '')
    .replace(/【/g, '(')
    .replace(/】/g, ')')
    .toLowerCase()
}

const BY_KEY = new Map<string, PatentField>(
  (Object.entries(NAMES) as [PatentField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [headerKey(n), field] as const),
  ),
)

/** The field a header cell names, if any. */
function patentFieldOf(cell: string): PatentField | undefined {
  return BY_KEY.get(headerKey(cell))
}

/** Fields a patent list has and no figures table does: two of them, with a number or a title, make one. */
const TELLING: readonly PatentField[] = [
  'applicationNumber',
  'filingDate',
  'ipc',
  'applicants',
  'publicationNumber',
  'title',
]

function columnsOf(row: readonly string[]): Partial<Record<PatentField, number>> {
  const columns: Partial<Record<PatentField, number>> = {}
  row.forEach((cell, i) => {
    const field = patentFieldOf(cell)
    if (field && columns[field] === undefined) columns[field] = i
  })
  return columns
}

// A list of documents repeats an application's number; the first rows show it.
function repeatsNumbers(rows: readonly (readonly string[])[], column: number | undefined): boolean {
  if (column === undefined) return false
  const seen = new Set<string>()
  for (const r of rows) {
    const n = headerKey(r[column] ?? '').replace(/\./g, '')
    if (n === '') continue
    if (seen.has(n)) return true
    seen.add(n)
  }
  return false
}

function layoutOf(columns: Partial<Record<PatentField, number>>, data: readonly (readonly string[])[]): PatentLayout {
  if (repeatsNumbers(data, columns.applicationNumber)) return 'documents'
  const perApplication = ['grantDate', 'patentType', 'currentStatus'].some((f) => f in columns)
  const perDocument = columns.documentType !== undefined || columns.publicationNumber !== undefined
  return perDocument && !perApplication ? 'documents' : 'applications'
}

/**
 * Whether a file's first rows are a patent list, and how to read it: the header row (the first of
 * the first 30 rows naming at least three patent fields, two of them telling ones), the field of
 * each column, and the layout. Undefined for any other table.
 */
export function detectPatentList(rows: readonly (readonly string[])[]): PatentListMapping | undefined {
  const scan = Math.min(rows.length, 30)
  for (let r = 0; r < scan; r++) {
    const headers = rows[r] ?? []
    const columns = columnsOf(headers)
    const fields = Object.keys(columns) as PatentField[]
    if (fields.length < 3 || fields.filter((f) => TELLING.includes(f)).length < 2) continue
    return { layout: layoutOf(columns, rows.slice(r + 1)), headerRow: r, headers: [...headers], columns }
  }
  return undefined
}
