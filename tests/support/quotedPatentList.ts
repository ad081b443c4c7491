import { CNIPA } from './cnipaHeader'

/**
 * A generated patent list as a patent search system exports it to CSV: every field quoted, CRLF
 * rows, long Chinese text with commas and ；, several applicants or IPC codes in one cell, and
 * abstracts that run over several lines. Made-up records (never data: only ever read to measure
 * the CSV reader), the same text for the same number of rows.
 */
// CNIPA's export up to the postcode, then the legal status and the abstract.
const HEADER = [...CNIPA.slice(0, 10), '法律状态', '摘要']
const APPLICANTS = ['衡阳华菱钢管有限公司', '南华大学', '湖南工学院', '特变电工衡阳变压器有限公司', '衡阳师范学院']
const PLACES = ['湖南省衡阳市蒸湘区', '湖南省衡阳市雁峰区', '湖南省耒阳市', '湖南省衡阳县', '湖南省常宁市']
const THINGS = ['钢管', '变压器', '检测装置', '控制方法', '复合材料', '冷却系统', '夹具', '电路']
const STATUS = ['授权', '实质审查', '有效', '驳回', '未缴年费']
const IPC = ['B21B 19/10', 'H01F 27/08', 'G01N 3/08', 'C22C 38/02', 'G06F 17/50', 'F16L 9/02']

/** A small linear congruential generator: the same list for the same rows. */
function random(seed: number) {
  let state = seed
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state % n
  }
}

export function quotedPatentList(rows: number): string {
  const pick = random(4180)
  const of = <T>(xs: readonly T[]): T => xs[pick(xs.length)] as T
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`
  const lines = [HEADER.map(quote).join(',')]
  for (let i = 0; i < rows; i++) {
    const year = 2005 + (i % 20)
    const type = of([1, 1, 2, 3])
    const number = `CN${year}${type}${String(i).padStart(7, '0')}.${pick(10)}`
    const day = `${year}.${String(1 + pick(12)).padStart(2, '0')}.${String(1 + pick(28)).padStart(2, '0')}`
    const thing = of(THINGS)
    const applicants = pick(3) === 0 ? `${of(APPLICANTS)}；${of(APPLICANTS)}` : of(APPLICANTS)
    const title = pick(20) === 0 ? `一种"${thing}"及其制备方法` : `一种${thing}及其制备方法，${of(THINGS)}用`
    const abstract =
      `本发明公开了一种${thing}，包括：底座、支架，以及设于所述支架上的${of(THINGS)}；\r\n` +
      `所述${thing}通过${of(THINGS)}连接，结构简单，成本低，适用于${of(PLACES)}的生产线。` +
      (pick(2) === 0 ? `\n其中，温度为${pick(900)}℃，压力为${pick(50)}MPa。` : '')
    lines.push(
      [
        number,
        day,
        `CN${100000000 + i}A`,
        day,
        title,
        `${of(IPC)};${of(IPC)}`,
        applicants,
        `张${pick(100)}，李${pick(100)}，王${pick(100)}`,
        `${of(PLACES)}${of(['解放大道', '船山大道', '衡州大道'])}${pick(999)}号`,
        `42${String(pick(10000)).padStart(4, '0')}`,
        of(STATUS),
        abstract,
      ]
        .map(quote)
        .join(','),
    )
  }
  return lines.join('\r\n') + '\r\n'
}
