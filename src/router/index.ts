import { START_LOCATION, createRouter, createWebHashHistory } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'
import { loadToolMessages } from '@/i18n'

/** A view that shows the tools' messages: its code and those messages load together. */
const withTools =
  <T>(view: () => Promise<T>) =>
  () =>
    Promise.all([view(), loadToolMessages()]).then(([v]) => v)

// Hash routes: dist/ works from any static file server, at any path.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'overview', component: OverviewView },
    { path: '/compare', name: 'compare', component: withTools(() => import('@/views/CompareView.vue')) },
    { path: '/applicants', name: 'applicants', component: withTools(() => import('@/views/InnovatorsView.vue')) },
    { path: '/map', name: 'map', component: withTools(() => import('@/views/MapView.vue')) },
    { path: '/bulletins', name: 'bulletins', component: withTools(() => import('@/views/BulletinsView.vue')) },
    { path: '/import', name: 'import', component: withTools(() => import('@/views/ImportView.vue')) },
    { path: '/screens', name: 'screens', component: withTools(() => import('@/views/ScreensView.vue')) },
    { path: '/delivery', component: withTools(() => import('@/views/DeliveryView.vue')) },
    { path: '/shares', component: withTools(() => import('@/views/SharesView.vue')) },
    // A share link's reader arrives here without the data: it loads once the link is opened.
    {
      path: '/s/:token',
      component: withTools(() => import('@/views/ShareOpenView.vue')),
      meta: { withoutData: true },
    },
    // The login page shows without the data: where viewing needs a login, the data loads after it.
    {
      path: '/login',
      name: 'login',
      component: withTools(() => import('@/views/LoginView.vue')),
      meta: { withoutData: true },
    },
    {
      path: '/screen',
      name: 'screen',
      component: withTools(() => import('@/views/ScreenView.vue')),
      meta: { bare: true },
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  // A page opens at its top anyway: no scroll (and the layout it would force) on the first navigation.
  scrollBehavior: (_to, from) => (from === START_LOCATION ? false : { top: 0 }),
})
