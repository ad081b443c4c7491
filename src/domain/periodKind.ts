import type { IndicatorKind } from './catalogue'
import type { Period } from './period'

/**
 * The one key a period has for a kind of figure, so the same figure written two ways is one:
 * a flow over one month is that month's span ("2023-08" → "2023-08..08") and over Jan–Dec the
 * year; a level is counted at a moment, the end of any span it is given for, and December's end
 * is the year's end ("2022-12" → "2022").
 */
export function periodForKind(p: Period, kind: IndicatorKind): Period {
  if (kind === 'flow') {
    if (p.type === 'month') return { type: 'span', year: p.year, from: p.month, to: p.month }
    if (p.type === 'span' && p.from === 1 && p.to === 12) return { type: 'year', year: p.year }
    return p
  }
  const month = p.type === 'span' ? p.to : p.type === 'month' ? p.month : 12
  return month === 12 ? { type: 'year', year: p.year } : { type: 'month', year: p.year, month }
}
