/** Small synthetic observations for rules the embedded data has no base for. */
import { parsePeriod } from '@/domain/period'
import type { Observation, Status } from '@/domain/observation'

export function obs(
  periodKey: string,
  value: number,
  extra: Partial<Omit<Observation, 'period' | 'periodKey' | 'value'>> & { status?: Status } = {},
): Observation {
  const period = parsePeriod(periodKey)
  if (!period) throw new Error(`test period ${periodKey} does not parse`)
  return {
    region: '衡阳市',
    indicator: 'patent_grants',
    unit: '件',
    status: 'actual',
    source: 'test',
    note: '',
    ...extra,
    period,
    periodKey,
    value,
  }
}
