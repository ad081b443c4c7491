import { useRoute, useRouter } from 'vue-router'

/**
 * Where the login page sends the analyst back to: the `from` route they came from (only a path
 * of this app, never another site), keeping the language.
 */
export function useReturnTo() {
  const route = useRoute()
  const router = useRouter()
  return () => {
    const from =
      typeof route.query.from === 'string' &&
      /^\/(?!\/)/.test(route.query.from) &&
      !route.query.from.startsWith('/login')
        ? route.query.from
        : '/'
    const query = route.query.lang === 'en' ? { lang: 'en' } : {}
    void router.replace({ path: from, query })
  }
}
