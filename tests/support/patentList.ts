/**
 * Patent lists of any size, one row per application as a commercial database exports them, for the
 * benchmark and the speed checks. Applicants are made-up bodies (示例…), spread over the city's
 * counties, parks, addresses with no county and a few other cities; the same rows on every run.
 */
export const PATENT_LIST_HEADER = ['申请号', '申请日', '授权公告日', '专利类型', '标题', '申请人', '申请人地址', '当前法律状态', 'IPC']

const PLACES = [
  '湖南省衡阳市珠晖区',
  '湖南省衡阳市雁峰区',
  '湖南省衡阳市石鼓区',
  '湖南省衡阳市蒸湘区',
  '湖南省衡阳市南岳区',
  '湖南省衡阳市衡阳县',
  '湖南省衡阳市衡南县',
  '湖南省衡阳市衡山县',
  '湖南省衡阳市衡东县',
  '湖南省祁东县',
  '湖南省耒阳市',
  '湖南省常宁市',
  '湖南省衡阳市高新区',
  '湖南省衡阳市',
  '湖南省长沙市岳麓区',
]
const TYPES = ['发明', '实用新型', '外观设计']
const TYPE_DIGIT = ['1', '2', '3']
const STATES = ['有效', '有效', '未缴年费', '实质审查', '驳回']
const IPCS = ['H01M 10/05', 'G06F 16/22', 'B23K 37/04', 'A61B 5/00', 'C22C 38/02', 'E04B 1/98', 'H04L 67/12', 'G01N 21/31']
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

const pad = (n: number, width: number) => String(n).padStart(width, '0')

function checkDigit(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0)
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}

/** `n` applications, one row each, from `applicants` made-up applicants (about one for twenty patents). */
export function* patentListRows(n: number, applicants = Math.max(1, Math.floor(n / 20))): Generator<string[]> {
  let seed = 7
  const next = (m: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 8) % m
  }
  for (let i = 0; i < n; i++) {
    const type = next(6) < 3 ? 0 : next(3) === 0 ? 2 : 1
    const year = 2006 + next(19)
    const filed = `${year}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`
    const state = STATES[type === 0 ? next(STATES.length) : next(3)] ?? '有效'
    const granted = state === '实质审查' || state === '驳回' || year >= 2025 ? '' : `${year + 1}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`
    // Applicants keep one address: a few of them file most patents, as in any city.
    const a = next(4) === 0 ? next(Math.max(1, Math.floor(applicants / 50))) : next(applicants)
    const digits = `${year}${TYPE_DIGIT[type]}${pad(i % 10_000_000, 7)}`
    yield [
      `${digits}.${checkDigit(digits)}`,
      filed,
      granted,
      TYPES[type] ?? '发明',
      `一种示例装置${i}`,
      `示例第${a}号科技有限公司`,
      `${PLACES[a % PLACES.length]}示例路${a}号`,
      state,
      IPCS[next(IPCS.length)] ?? '',
    ]
  }
}

/** The same list as CSV text, header first. */
export function patentListCsv(n: number): string {
  const lines = [PATENT_LIST_HEADER.join(',')]
  for (const row of patentListRows(n)) lines.push(row.join(','))
  return lines.join('\n') + '\n'
}
