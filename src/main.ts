import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, setLocale } from './i18n'
import { registerOfflineWorker } from './io/offlineWorker'
import { whenSettledAndIdle } from './io/idle'
import { prepareFormatters } from './domain/display/formatters'
import { useDatasetStore } from './stores/dataset'
import './styles/main.css'
import './styles/screen.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(router).use(i18n)
// An English link gets its messages before the first paint, not a flash of Chinese.
const english = /[?&]lang=en(&|$)/.test(location.hash) ? setLocale(i18n.global, 'en').catch(() => undefined) : undefined
void Promise.resolve(english).then(() => app.mount('#app'))

const dataset = useDatasetStore(pinia)
const settled = () => dataset.status === 'ready' || dataset.status === 'error'
// The number and date formatters of the page's language, built ahead of the view that first needs
// them (a large file's preview), not in its task.
whenSettledAndIdle(settled, () => prepareFormatters(i18n.global.locale.value === 'en' ? 'en' : 'zh'))
// Offline starts for screens (and anyone): only in a production build, where the worker exists.
if (import.meta.env.PROD && 'serviceWorker' in navigator) whenSettledAndIdle(settled, registerOfflineWorker)
