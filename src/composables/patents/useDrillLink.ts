import { storeToRefs } from 'pinia'
import { useRoute, type RouteLocationRaw } from 'vue-router'
import { useDatasetStore } from '@/stores/dataset'

/**
 * Links into the drill-through (#/applicants) from the home region or one of its counties, when the
 * published manifest names a records file: knowing so never downloads it.
 */
export function useDrillLink() {
  const { published, catalogue, homeRegion } = storeToRefs(useDatasetStore())
  const route = useRoute()
  return (region: string, query: Record<string, string> | undefined): RouteLocationRaw | undefined => {
    const county = catalogue.value?.regions.get(region)
    const home = region === homeRegion.value
    if (
      !published.value?.patents ||
      !query ||
      !(home || (county?.parent === homeRegion.value && county.level === 'county'))
    )
      return undefined
    return {
      path: '/applicants',
      query: { ...(home ? {} : { region }), ...query, ...(route.query.lang === 'en' ? { lang: 'en' } : {}) },
    }
  }
}
