import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Session } from '../../contract/api'
import { lazyApi } from '@/io/api/lazyApi'
import { forgetOfflineData } from '@/io/offlineCache'
import type { ServerHealth } from '@/io/api/serverProbe'
import { useDatasetStore } from './dataset'

// The session cookie is HttpOnly (scripts cannot see it): this note only says that this browser
// logged in, so that it asks the server whether the session still holds.
const LOGIN_NOTE = 'ip-dashboard.analyst'

function loggedInHere(): boolean {
  try {
    return localStorage.getItem(LOGIN_NOTE) !== null
  } catch {
    return false
  }
}

function rememberLogin(name: string | null) {
  try {
    if (name === null) localStorage.removeItem(LOGIN_NOTE)
    else localStorage.setItem(LOGIN_NOTE, name)
  } catch {
    // Private mode without storage: the analyst logs in again after a reload.
  }
}

/**
 * The publishing server, when the app is served by one: whether it offers publishing, and who is
 * logged in. From plain static hosting `offered` stays false and nothing here makes a request
 * beyond the one quiet probe.
 */
export const useServerStore = defineStore('server', () => {
  const api = lazyApi
  const dataset = useDatasetStore()
  const offered = ref(false)
  const probed = ref(false)
  /** What the server said when probed (null from static hosting). */
  const health = shallowRef<ServerHealth | null>(null)
  const analyst = ref<Session | null>(null)

  let probing: Promise<void> | undefined
  /** Asks once whether a publishing server is there, and who is logged in. */
  function probe(): Promise<void> {
    probing ??= (async () => {
      health.value = await api.health()
      if (health.value) {
        // Only a browser that logged in asks who it is: the question answers 401 to everyone else,
        // which browsers log as a failed load on every viewer's console.
        if (loggedInHere()) analyst.value = await api.session().catch(() => null)
        if (!analyst.value) rememberLogin(null)
        offered.value = true
      }
      probed.value = true
    })()
    return probing
  }

  async function login(name: string, password: string): Promise<void> {
    analyst.value = await api.login(name, password)
    rememberLogin(analyst.value.name)
    // Where viewing needs a login, the data could not load before: now it can.
    if (dataset.status === 'error') void dataset.load()
  }

  /** The server said the session is gone (a 401), or the analyst logged out: they log in again. */
  function sessionEnded(): void {
    analyst.value = null
    rememberLogin(null)
    // Where viewing needs a login, the data the worker kept for offline starts goes with the session.
    if (health.value?.requireLogin) void forgetOfflineData()
  }

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined)
    sessionEnded()
  }

  return { offered, probed, health, analyst, probe, login, logout, sessionEnded }
})
