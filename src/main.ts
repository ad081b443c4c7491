import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, setLocale } from './i18n'
import { startOfflineWorker } from './io/offlineWorker'
import { useDatasetStore } from './stores/dataset'
import './styles/main.css'
import './styles/screen.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(router).use(i18n)
// An English link gets its messages before the first paint, not a flash of Chinese.
const english = /[?&]lang=en(&|$)/.test(location.hash) ? setLocale(i18n.global, 'en').catch(() => undefined) : undefined
void Promise.resolve(english).then(() => app.mount('#app'))

// Offline starts for screens (and anyone): only in a production build, where the worker exists.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const dataset = useDatasetStore(pinia)
  startOfflineWorker(() => dataset.status === 'ready' || dataset.status === 'error')
}
