import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'

/** What every chart shares: the theme's text, animation unless asked off. */
export function baseOption(theme: ChartTheme, animation = true): ChartOption {
  return {
    animation,
    color: [...theme.series],
    textStyle: { color: theme.text, fontSize: theme.fontSize },
  }
}

/** A legend along the top in the theme's text. */
export function topLegend(theme: ChartTheme) {
  return { top: 0, left: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } }
}

/** Past this width a category label is cut with an ellipsis, so a long custom name cannot squeeze the bars away. */
const LABEL_MAX_EM = 9

/** A label's width in em, roughly: CJK and full-width characters are one, others about half. */
function emWidth(text: string): number {
  let em = 0
  for (const c of text) em += (c.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6
  return em
}

/**
 * A category axis's labels: as they are while they fit; when one is too long, every label is cut to
 * the same width and the whole label shows on hover (ECharts escapes it there).
 */
export function categoryLabels(labels: readonly string[], theme: ChartTheme, style: { fontWeight?: 'normal' } = {}) {
  const cut = labels.some((l) => emWidth(l) > LABEL_MAX_EM)
  return {
    data: [...labels],
    axisLabel: {
      color: theme.text,
      fontSize: theme.fontSize,
      ...style,
      ...(cut ? { width: LABEL_MAX_EM * theme.fontSize, overflow: 'truncate' as const, ellipsis: '…' } : {}),
    },
    tooltip: { show: cut },
  }
}
