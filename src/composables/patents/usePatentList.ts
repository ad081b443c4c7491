import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { formatDay } from '@/domain/patents/patentDate'
import { formatDate } from '@/domain/display/format'
import { useNames } from '../useNames'
import { useIndexAnswer, type PatentIndexHandle } from './usePatentIndex'

// A page of rows at a time: a holder of ten thousand patents never builds ten thousand rows.
const PAGE = 50

/** One page of an applicant's patents as first applicant, newest filing first; never its inventors. */
export function usePatentList(
  index: PatentIndexHandle,
  at: MaybeRefOrGetter<{ applicant: number; region: string; page: number }>,
) {
  const { t } = useI18n()
  const names = useNames()
  const answer = useIndexAnswer(
    index,
    () => ({ ...toValue(at) }),
    (a) => (api) => api.patents(a.applicant, a.region, a.page * PAGE, PAGE),
  )
  const day = (d: number) => (d ? formatDate(formatDay(d), names.lang.value) : '')
  return computed(() => {
    const total = answer.value?.total ?? 0
    const page = toValue(at).page
    const rows = (answer.value?.items ?? []).map((p) => ({
      number: p.number,
      title: p.title,
      type: t(`patents.type.${p.type}`),
      filed: day(p.filed),
      granted: day(p.granted),
      state: t(`innovators.state.${p.state}`),
      ipc: p.ipc,
      coApplicants: p.coApplicants,
    }))
    return {
      name: answer.value?.name ?? '',
      rows,
      total,
      page,
      pages: Math.ceil(total / PAGE),
      first: page * PAGE,
      loaded: answer.value !== undefined,
    }
  })
}
