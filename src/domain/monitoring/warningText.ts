import type { Catalogue } from '../catalogue'
import { formatDate, formatPercentChange, formatPeriodLabel, formatQuantity, formatShare } from '../display/format'
import type { Lang } from '../display/lang'
import { parsePeriod, type Period } from '../period'
import type { Warning } from './warnings'

/** A message lookup (the app's i18n `t`, or any with the same keys): keeps this module free of Vue. */
export type Translate = (key: string, params: Record<string, string | number>) => string

/** A warning in words, in either language: "专利授权量最新数据为2022年，…". Every figure comes with its period. */
export function warningSentence(w: Warning, catalogue: Catalogue, lang: Lang, t: Translate): string {
  const indicator = catalogue.indicator(w.indicator)
  const name = indicator ? (lang === 'en' ? indicator.nameEn : indicator.nameZh) : w.indicator
  const kind = indicator?.kind ?? 'flow'
  const period = (p: Period, style: 'asOf' | 'at' = 'asOf') => formatPeriodLabel(p, kind, lang, style)
  const periodKey = (key: string) => {
    const p = parsePeriod(key)
    return p ? period(p) : key
  }
  switch (w.kind) {
    case 'stale':
      return t('watch.stale', { indicator: name, period: period(w.latest.period, 'at'), due: formatDate(w.due, lang) })
    case 'falling':
      return t('watch.falling', {
        indicator: name,
        period: period(w.latest.period),
        value: formatQuantity(w.latest.value, w.latest.unit, lang),
        basis: w.basis === 'yoy' ? t('kpi.yoy', {}) : t('kpi.vsPrevious', { period: period(w.base.period, 'at') }),
        change: formatPercentChange(w.ratio),
      })
    case 'jump':
      return t('watch.jump', {
        indicator: name,
        period: period(w.latest.period),
        value: formatQuantity(w.latest.value, w.latest.unit, lang),
        basePeriod: period(w.base.period, 'at'),
        base: formatQuantity(w.base.value, w.base.unit, lang),
      })
    case 'rankFalling':
      return t('watch.rankFalling', {
        indicator: name,
        fromPeriod: periodKey(w.from.periodKey),
        from: w.from.rank,
        toPeriod: periodKey(w.to.periodKey),
        to: w.to.rank,
      })
    case 'behindPace':
      return t('watch.behindPace', {
        indicator: name,
        period: w.target.actual ? period(w.target.actual.period) : '',
        achieved: formatShare(w.target.pace?.achieved ?? Number.NaN),
        elapsed: formatShare(w.target.pace?.elapsed ?? Number.NaN),
      })
  }
}
