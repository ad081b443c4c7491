import { describe, expect, it } from 'vitest'
import { checkMessageKeys, messageKeys } from '../../../scripts/i18n/messageKeys'

const zh = {
  app: { title: '标题', retry: '重试' },
  kind: { flow: '流量', stock: '存量', gone: '已删' },
  page: { kpi: { title: '主要指标' } },
}
const en = {
  app: { title: 'Title', retry: 'Retry' },
  kind: { flow: 'Flow', stock: 'Stock', gone: 'Gone' },
  page: { kpi: { title: 'Headline figures' } },
}

const ts = (text: string) => ({ path: 'src/a.ts', text })
const vue = (text: string) => ({ path: 'src/A.vue', text })

const usesAll = [
  ts(`
    export type Kind = 'flow' | 'stock'
    const kindName = (k: Kind) => t(\`kind.\${k}\`)
    const pageTitle = (p: string) => t(\`page.\${p}.title\`)
  `),
  vue(`
    <script setup lang="ts">
    const retryKey = 'app.retry'
    </script>
    <template>
      <h1>{{ $t('app.title') }}</h1>
      <button>{{ t(retryKey) }}</button>
      <i18n-t keypath="kind.gone" />
    </template>
  `),
]

describe('messageKeys', () => {
  it('lists nested messages as dotted keys', () => {
    expect(messageKeys(zh)).toEqual([
      'app.title',
      'app.retry',
      'kind.flow',
      'kind.stock',
      'kind.gone',
      'page.kpi.title',
    ])
  })
})

describe('checkMessageKeys', () => {
  it('finds nothing when both languages match and the code names every key', () => {
    expect(checkMessageKeys({ 'zh-CN': zh, en }, usesAll)).toEqual({ missing: [], unknown: [], unused: [] })
  })

  it('reports a key one language lacks, in either direction', () => {
    const { app, ...enWithoutApp } = en
    const r = checkMessageKeys(
      { 'zh-CN': zh, en: { ...enWithoutApp, app: { title: app.title, extra: 'Extra' } } },
      usesAll,
    )
    expect(r.missing).toEqual([
      { locale: 'zh-CN', key: 'app.extra' },
      { locale: 'en', key: 'app.retry' },
    ])
  })

  it('reports a key the code asks for that is defined nowhere, in either branch of a condition', () => {
    const code = [...usesAll, ts(`const s = t(ok ? 'app.title' : 'app.missing', { n: 'not.a.key' })`)]
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unknown).toEqual([{ key: 'app.missing', file: 'src/a.ts' }])
  })

  it('reports a key built at run time under a prefix that holds no key', () => {
    const code = [...usesAll, vue(`<template>{{ t(\`status.\${s}\`) }}</template>`)]
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unknown).toEqual([{ key: 'status.*', file: 'src/A.vue' }])
  })

  it('reports a defined key nothing names', () => {
    const code = usesAll.filter((f) => f.path.endsWith('.ts'))
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unused).toEqual(['app.title', 'app.retry', 'kind.gone'])
  })

  it('takes a key built at run time as used only for values the code holds as strings', () => {
    const code = [ts("export type Kind = 'flow'\nconst name = (k: Kind) => t(`kind.${k}`)")]
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unused).toEqual([
      'app.title',
      'app.retry',
      'kind.stock',
      'kind.gone',
      'page.kpi.title',
    ])
  })

  it('does not take a template expression in a Vue attribute for a key', () => {
    const code = [vue(`<template><a :title="app.title" :href="'https://x'">{{ t('app.retry') }}</a></template>`)]
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unused).toContain('app.title')
    expect(checkMessageKeys({ 'zh-CN': zh, en }, [ts(`const a = "app.title"`)]).unused).not.toContain('app.title')
  })

  it('finds a key inside an interpolation of a template literal', () => {
    const code = [ts("const label = `${t('app.title')}（${shape}）`")]
    expect(checkMessageKeys({ 'zh-CN': zh, en }, code).unused).not.toContain('app.title')
  })
})
