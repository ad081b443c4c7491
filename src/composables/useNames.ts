import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { useLang } from './useLang'

/** Display names of regions and indicators in the interface language. */
export function useNames() {
  const { catalogue } = storeToRefs(useDatasetStore())
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
  /** The short name tables use (长沙, 湘西州), for crowded axes. */
  const shortRegion = (name: string) => {
    const r = catalogue.value?.region(name)
    if (!r) return name
    if (lang.value === 'en') return r.nameEn.replace(/ (Tujia and Miao Autonomous Prefecture|District|County)$/, '')
    return r.level === 'city' ? (r.aliases[0] ?? name) : name
  }
  return { lang, region, shortRegion, indicator }
}
