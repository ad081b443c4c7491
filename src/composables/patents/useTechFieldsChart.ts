import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { ApplicantType } from '@/domain/patents/applicant'
import { TECH_FIELDS } from '@/domain/patents/techField'
import { formatExactNumber } from '@/domain/display/format'
import { buildTechFieldsOption } from '@/charts/options/techFields'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useIndexAnswer, type PatentIndexHandle } from './usePatentIndex'

/** Valid invention patents of a region by WIPO technology field, grouped by the five sectors. */
export function useTechFieldsChart(
  index: PatentIndexHandle,
  filter: MaybeRefOrGetter<{ region: string; type?: ApplicantType }>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  const { t } = useI18n()
  const names = useNames()
  const sectors = useIndexAnswer(
    index,
    () => ({ ...toValue(filter) }),
    (f) => (api) => api.fields(f.region, f.type),
  )
  return computed(() => {
    const en = names.lang.value === 'en'
    const fieldName = (id: number) => {
      const f = TECH_FIELDS[id - 1]
      return f ? (en ? f.en : f.zh) : String(id)
    }
    const shown = (sectors.value ?? []).map((s) => ({
      sector: en ? s.sectorEn : s.sector,
      fields: s.fields.map((f) => ({ name: fieldName(f.field), value: f.count })),
    }))
    const seriesName = t('innovators.fieldsSeries')
    const table: ChartTable = {
      columns: [t('innovators.sector'), t('innovators.field'), seriesName],
      rows: shown.flatMap((s) => s.fields.map((f) => [s.sector, f.name, f.value])),
    }
    const option = buildTechFieldsOption(
      { sectors: shown, seriesName, valueText: (v) => formatExactNumber(v, names.lang.value) },
      toValue(theme),
    )
    const fields = shown.reduce((a, s) => a + s.fields.length, 0)
    return {
      title: t('innovators.fields', { region: names.region(toValue(filter).region) }),
      option,
      table,
      empty: fields === 0,
      height: `${Math.max(160, fields * 26 + 24)}px`,
    }
  })
}
