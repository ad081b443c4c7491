import { createRouter, createWebHashHistory } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'

// Hash routes: dist/ works from any static file server, at any path.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'overview', component: OverviewView },
    { path: '/compare', name: 'compare', component: () => import('@/views/CompareView.vue') },
    { path: '/map', name: 'map', component: () => import('@/views/MapView.vue') },
    { path: '/bulletins', name: 'bulletins', component: () => import('@/views/BulletinsView.vue') },
    { path: '/import', name: 'import', component: () => import('@/views/ImportView.vue') },
    // The login page shows without the data: where viewing needs a login, the data loads after it.
    { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { withoutData: true } },
    { path: '/screen', name: 'screen', component: () => import('@/views/ScreenView.vue'), meta: { bare: true } },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: () => ({ top: 0 }),
})
