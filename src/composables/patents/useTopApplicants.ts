import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { ApplicantType } from '@/domain/patents/applicant'
import { formatExactNumber } from '@/domain/display/format'
import { useNames } from '../useNames'
import { useIndexAnswer, type PatentIndexHandle } from './usePatentIndex'

export interface ApplicantFilter {
  readonly region: string
  readonly by: 'validInventions' | 'grants'
  readonly year?: number
  readonly type?: ApplicantType
  readonly limit?: number
}

const SHOWN = 20
// The trend shows the last years the list covers: enough to see a direction in a table cell.
const TREND_YEARS = 10
const SPARK = { width: 80, height: 20 }

/** A polyline's points for a row's yearly counts, scaled to the sparkline's box. */
function sparkPoints(counts: readonly number[]): string {
  const max = Math.max(1, ...counts)
  const step = SPARK.width / Math.max(1, counts.length - 1)
  return counts
    .map((c, k) => `${(k * step).toFixed(1)},${(SPARK.height - (c / max) * (SPARK.height - 2) - 1).toFixed(1)}`)
    .join(' ')
}

/** A region's leading first applicants, with type, county and a small trend of applications. */
export function useTopApplicants(index: PatentIndexHandle, filter: MaybeRefOrGetter<ApplicantFilter>) {
  const { t } = useI18n()
  const names = useNames()
  const rows = useIndexAnswer(
    index,
    () => ({ ...toValue(filter) }),
    (f) => (api) => api.applicants(f.region, f.by, { year: f.year, type: f.type, limit: f.limit ?? SHOWN }),
  )
  return computed(() =>
    (rows.value ?? []).map((r, k) => {
      const recent = r.trend.slice(-TREND_YEARS)
      const n = (x: number) => formatExactNumber(x, names.lang.value)
      return {
        applicant: r.applicant,
        rank: n(k + 1),
        name: r.name,
        type: t(`patents.applicantTypes.${r.type}`),
        region: names.region(r.region),
        validInventions: n(r.validInventions),
        grants: n(r.grants),
        applications: n(r.applications),
        spark: sparkPoints(recent.map((y) => y.applications)),
        trendLabel: t('innovators.trendLabel', {
          from: String(recent[0]?.year ?? ''),
          to: String(recent.at(-1)?.year ?? ''),
          counts: recent.map((y) => n(y.applications)).join(', '),
        }),
      }
    }),
  )
}
