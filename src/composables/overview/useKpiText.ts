import { useI18n } from 'petite-vue-i18n'
import type { Headline } from '@/domain/narrative/headline'
import {
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatPeriodLabel,
  formatQuantity,
  unitBeside,
} from '@/domain/display/format'
import { useNames } from '../useNames'

/** A KPI card's words: the card and the long image say the same. */
export interface KpiText {
  readonly name: string
  readonly figure: string
  readonly unit: string
  readonly period: string
  readonly comparison: {
    readonly text: string
    readonly detail?: string
    readonly tone: 'up' | 'down' | 'flat' | 'none'
  }
  readonly threeYears: string
  readonly partial: string
}

/** Turns a headline into its card's words in the reader's language. */
export function useKpiText() {
  const { t } = useI18n()
  const { lang, indicator: indicatorName } = useNames()

  function comparisonOf(h: Headline): KpiText['comparison'] {
    const c = h.comparison
    const kind = h.indicator.kind
    if (!c.ok) return { text: t(c.reason === 'zeroBase' ? 'kpi.zeroBase' : 'kpi.noComparison'), tone: 'none' }
    const label =
      c.basis === 'yoy'
        ? t('kpi.yoy')
        : t('kpi.vsPrevious', { period: formatPeriodLabel(c.base.period, kind, lang.value, 'at') })
    const base = formatQuantity(c.base.value, h.indicator.unit, lang.value)
    return {
      text: `${label} ${formatPercentChange(c.ratio)}`,
      // Chinese takes full-width brackets with no space before them.
      detail: lang.value === 'zh' ? `（${base}）` : ` (${base})`,
      tone: c.ratio > 0 ? 'up' : c.ratio < 0 ? 'down' : 'flat',
    }
  }

  return (h: Headline): KpiText => {
    const kind = h.indicator.kind
    const p = h.partial
    const g = h.threeYears
    return {
      name: indicatorName(h.indicator.id),
      figure: formatNumber(h.latest.value, lang.value),
      unit: unitBeside(h.indicator.unit, lang.value),
      period: formatPeriodLabel(h.latest.period, kind, lang.value),
      comparison: comparisonOf(h),
      threeYears: g
        ? `${t('kpi.threeYears', { period: formatPeriodLabel(g.base.period, kind, lang.value, 'at') })} ${formatMultiple(g.multiple)}`
        : '',
      partial: p
        ? t('kpi.partial', {
            period: formatPeriodLabel(p.figure.period, kind, lang.value),
            value: formatQuantity(p.figure.value, p.figure.unit, lang.value),
          })
        : '',
    }
  }
}
