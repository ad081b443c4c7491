import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { formatPeriodLabel } from '@/domain/display/format'
import { parsePeriod, type Period } from '@/domain/period'
import { useLang } from './useLang'

/** Display names of regions, indicators and periods in the interface language. */
export function useNames() {
  const { catalogue, homeRegion } = storeToRefs(useDatasetStore())
  const lang = useLang()
  const region = (name: string) => {
    const r = catalogue.value?.region(name)
    return r && lang.value === 'en' ? r.nameEn : name
  }
  const indicator = (id: string) => {
    const i = catalogue.value?.indicator(id)
    if (!i) return id
    return lang.value === 'en' ? i.nameEn : i.nameZh
  }
  /** The indicator's short name for titles that name it in passing, else its name. */
  const shortIndicator = (id: string) => {
    const i = catalogue.value?.indicator(id)
    if (!i) return id
    return (lang.value === 'en' ? i.shortEn : i.shortZh) ?? indicator(id)
  }
  /** The short name tables use (长沙, 湘西州), for crowded axes. */
  const shortRegion = (name: string) => {
    const r = catalogue.value?.region(name)
    if (!r) return name
    if (lang.value === 'en')
      return r.nameEn.replace(/ (Tujia and Miao Autonomous Prefecture|District|County|Province)$/, '')
    return r.level === 'city' ? (r.aliases[0] ?? name) : name
  }
  /** The home region's province as titles name it: 湖南省, Hunan. */
  const homeProvince = () => {
    const name = catalogue.value?.region(homeRegion.value)?.parent ?? ''
    return lang.value === 'en' ? shortRegion(name) : name
  }
  /**
   * A period (or its canonical key) as the indicator's kind reads it, "2022年末" for a level, "2022年"
   * for a total; a key that is no period is shown as written.
   */
  const period = (p: Period | string, indicatorId: string, style: 'asOf' | 'at' = 'asOf'): string => {
    const label = (q: Period) =>
      formatPeriodLabel(q, catalogue.value?.indicator(indicatorId)?.kind ?? 'flow', lang.value, style)
    if (typeof p !== 'string') return label(p)
    const parsed = parsePeriod(p)
    return parsed ? label(parsed) : p
  }
  return { lang, region, shortRegion, homeProvince, indicator, shortIndicator, period }
}
