/**
 * Generated long files for load tests and benchmarks: real region and indicator names, every key
 * distinct, values made up (never data: these files are only ever read to measure the reader).
 */
const LONG_REGIONS = [
  '长沙市',
  '株洲市',
  '湘潭市',
  '衡阳市',
  '邵阳市',
  '岳阳市',
  '常德市',
  '张家界市',
  '益阳市',
  '郴州市',
  '永州市',
  '怀化市',
  '娄底市',
  '湘西土家族苗族自治州',
  '湖南省',
  '衡东县',
  '衡南县',
  '珠晖区',
  '雁峰区',
  '石鼓区',
  '蒸湘区',
  '南岳区',
  '衡阳县',
  '衡山县',
]
const LONG_INDICATORS = [
  'valid_invention_patents',
  'valid_trademarks',
  'gi_trademarks',
  'patent_grants',
  'invention_grants',
  'pct_applications',
  'patent_applications',
  'trademark_registrations',
  'madrid_applications',
  'design_grants',
  'utility_model_grants',
  'invention_applications',
]

/** `rows` figures in the long format (region,period,indicator,value): monthly, from 1900-01 on. */
export function longCsv(rows: number): string {
  const lines = ['region,period,indicator,value']
  const perMonth = LONG_REGIONS.length * LONG_INDICATORS.length
  for (let i = 0; i < rows; i++) {
    const year = 1900 + Math.floor(i / (perMonth * 12))
    const month = (Math.floor(i / perMonth) % 12) + 1
    lines.push(
      `${LONG_REGIONS[i % LONG_REGIONS.length]},${year}-${String(month).padStart(2, '0')},${LONG_INDICATORS[Math.floor(i / LONG_REGIONS.length) % LONG_INDICATORS.length]},${(i * 7) % 100_000}`,
    )
  }
  return lines.join('\n')
}

/**
 * `rows` figures naming `names` distinct places the catalogue lacks (乡镇1 … the shape of a
 * township- or record-level export), each place with its own run of months.
 */
export function manyNamesCsv(rows: number, names: number): string {
  const lines = ['region,period,indicator,value']
  for (let i = 0; i < rows; i++) {
    const place = i % names
    const n = Math.floor(i / names)
    const year = 1900 + Math.floor(n / (12 * LONG_INDICATORS.length))
    const month = (Math.floor(n / LONG_INDICATORS.length) % 12) + 1
    lines.push(
      `乡镇${place + 1},${year}-${String(month).padStart(2, '0')},${LONG_INDICATORS[n % LONG_INDICATORS.length]},${(i * 7) % 100_000}`,
    )
  }
  return lines.join('\n')
}
