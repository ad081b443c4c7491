import { computed, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { APPLICANT_TYPES, type ApplicantType } from '@/domain/patents/applicant'
import { formatDay } from '@/domain/patents/patentDate'
import { formatDate, formatExactNumber, formatYear } from '@/domain/display/format'
import type { ChartTheme } from '@/charts/theme'
import { usePatentsStore } from '@/stores/patents'
import { useNames } from '../useNames'
import { useIndexAnswer, usePatentIndex } from './usePatentIndex'
import { usePatentList } from './usePatentList'
import { useRegionTotals } from './useRegionTotals'
import { useTechFieldsChart } from './useTechFieldsChart'
import { useTopApplicants } from './useTopApplicants'

interface InnovatorsQuery {
  readonly region: Ref<string>
  readonly by: Ref<string>
  readonly year: Ref<string>
  readonly type: Ref<string>
  readonly applicant: Ref<string>
  readonly page: Ref<string>
}

/** The 创新主体 page: the records' regions, leading applicants, technology fields and one applicant's patents. */
export function useInnovators(query: InnovatorsQuery, theme: ChartTheme) {
  const { t } = useI18n()
  const names = useNames()
  const index = usePatentIndex()
  const { name, exported, records } = storeToRefs(usePatentsStore())
  // A link naming a region or type the list does not know shows the city, all types.
  const region = computed(() => (index.counties.value.includes(query.region.value) ? query.region.value : ''))
  const type = computed<ApplicantType | undefined>(() => APPLICANT_TYPES.find((ty) => ty === query.type.value))
  const year = computed(() => (/^\d{4}$/.test(query.year.value) ? Number(query.year.value) : undefined))
  const by = computed(() => (query.by.value === 'grants' ? 'grants' : 'validInventions'))
  const at = computed(() => region.value || index.home.value)
  const yearList = useIndexAnswer(
    index,
    () => 0,
    () => (api) => api.years(),
  )
  const patents = usePatentList(index, () => ({
    applicant: Number(query.applicant.value),
    region: at.value,
    page: Math.max(0, Number(query.page.value) - 1 || 0),
  }))
  const lang = names.lang
  return {
    state: index.state,
    stale: index.stale,
    source: computed(() =>
      t('innovators.source', {
        file: name.value,
        exported: formatDate(formatDay(exported.value), lang.value),
        records: formatExactNumber(records.value, lang.value),
      }),
    ),
    region,
    regionName: computed(() => names.region(at.value)),
    years: computed(() => (yearList.value ?? []).map((y) => ({ value: String(y), label: formatYear(y, lang.value) }))),
    totals: useRegionTotals(index),
    applicants: useTopApplicants(index, () => ({ region: at.value, by: by.value, year: year.value, type: type.value })),
    caption: computed(() =>
      t(by.value === 'grants' ? 'innovators.captionGrants' : 'innovators.captionValid', {
        region: names.region(at.value),
        year: year.value === undefined ? t('innovators.allYears') : formatYear(year.value, lang.value),
      }),
    ),
    fields: useTechFieldsChart(index, () => ({ region: at.value, type: type.value }), theme),
    patents: computed(() => ({ ...patents.value, totalText: formatExactNumber(patents.value.total, lang.value) })),
  }
}
