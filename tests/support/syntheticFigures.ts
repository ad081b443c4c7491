// Relative, not @/: scripts/loadtest.ts runs this module under tsx, which knows no path aliases.
import { STATUSES } from '../../src/domain/observation'

/** The columns of a published observations file. */
export const HEADER = 'region,period,indicator,value,unit,status,source,note'

// Real region and indicator ids; the values are synthetic and marked TEST, for a temporary state
// directory only.
const REGIONS = ['湖南省', '长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市']

/** A publishable file of `count` distinct synthetic levels at month ends from 1900 on: before any real figure. */
export function syntheticCsv(count: number): string {
  const rows = [HEADER]
  for (let month = 0; rows.length <= count; month++) {
    const period = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`
    for (const region of REGIONS)
      for (const status of STATUSES)
        if (rows.length <= count) rows.push(`${region},${period},valid_trademarks,${(month % 89) + 1},,${status},,TEST`)
  }
  return rows.join('\n') + '\n'
}

// Every region of the catalogue's province and city, and the indicators that are levels (a level
// may be published for any month).
const ALL_REGIONS = [
  ...REGIONS,
  ...['郴州市', '永州市', '怀化市', '娄底市', '湘西土家族苗族自治州', '珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区'],
  ...['衡阳县', '衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市'],
]
const STOCKS = [
  ...['valid_invention_patents', 'valid_trademarks', 'geographical_indications', 'gi_trademarks'],
  ...['valid_invention_patents_university', 'valid_invention_patents_research', 'valid_invention_patents_enterprise'],
  ...['valid_invention_patents_agency', 'valid_invention_patents_service', 'valid_invention_patents_individual'],
  'pct_applications_cumulative',
]

/**
 * A publishable file of `count` distinct synthetic levels at month ends from 1900 on, over every
 * region and level indicator (a million reach 1990, before any real figure).
 */
export function syntheticLevelsCsv(count: number): string {
  const rows = [HEADER]
  for (let month = 0; rows.length <= count; month++) {
    const period = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`
    for (const region of ALL_REGIONS)
      for (const indicator of STOCKS)
        for (const status of STATUSES)
          if (rows.length <= count) rows.push(`${region},${period},${indicator},${(month % 97) + 1},,${status},,TEST`)
  }
  return rows.join('\n') + '\n'
}
