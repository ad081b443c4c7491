import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n/createAppI18n'
import en from '@/i18n/en'
import enTools from '@/i18n/en.tools'
import zhTools from '@/i18n/zh-CN.tools'
import { useDatasetStore } from '@/stores/dataset'
import type { Published } from '@/domain/published'
import { loadEmbedded } from './embedded'

/**
 * Mounts a component with the app's real plugins (Pinia holding the embedded data, vue-i18n with the
 * real messages, a router) so it renders exactly what a user would see.
 */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { lang?: 'zh' | 'en'; published?: Published } = {},
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useDatasetStore()
  store.published = options.published ?? loadEmbedded()
  store.dataset = store.published.dataset
  store.status = 'ready'
  const i18n = createAppI18n(options.lang === 'en' ? 'en' : 'zh-CN', en, { 'zh-CN': zhTools, en: enTools })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  await router.push('/')
  await router.isReady()
  const wrapper = mount(component, {
    ...options,
    global: { ...options.global, plugins: [pinia, i18n, router, ...(options.global?.plugins ?? [])] },
  })
  return { wrapper, store, router }
}
