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
