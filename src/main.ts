import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, setLocale } from './i18n'
import { fetchPublishedFiles } from './io/publishedFiles'
import './styles/main.css'
import './styles/screen.css'

const app = createApp(App).use(createPinia()).use(router).use(i18n)
// An English link gets its messages before the first paint, not a flash of Chinese.
const english = /[?&]lang=en(&|$)/.test(location.hash) ? setLocale(i18n.global, 'en').catch(() => undefined) : undefined
void Promise.resolve(english).then(() => app.mount('#app'))

// Offline starts for screens (and anyone): only in a production build, where the worker exists.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Once the worker controls this page, fetch the data through it, so a screen that reboots
  // without network still has what it showed.
  navigator.serviceWorker.addEventListener('controllerchange', () => void fetchPublishedFiles().catch(() => undefined))
  // The worker takes over at once (skipWaiting, clientsClaim): a plain registration is all it needs.
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined)
}
