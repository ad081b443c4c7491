import { onScopeDispose, type Ref } from 'vue'

interface Resizable {
  resize: (opts?: { width?: number | 'auto' }) => void
  $el?: unknown
}

const PX_PER_MM = 96 / 25.4

/**
 * The width a chart gets on paper, measured before the print layout exists: the page's printable
 * width (`--print-width` in the print styles) less the padding and borders of the panels around it.
 */
function printedWidth(el: HTMLElement): number {
  const page = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--print-width')) * PX_PER_MM
  let chrome = 0
  for (let n = el.parentElement; n && n.tagName !== 'MAIN'; n = n.parentElement) {
    const s = getComputedStyle(n)
    chrome +=
      parseFloat(s.paddingLeft) +
      parseFloat(s.paddingRight) +
      parseFloat(s.borderLeftWidth) +
      parseFloat(s.borderRightWidth)
  }
  return Number.isFinite(page) ? Math.min(el.clientWidth, Math.floor(page - chrome)) : el.clientWidth
}

/**
 * Redraws a chart at its printed width before printing and at its own width after: a canvas keeps
 * the size it was drawn at, so without this a chart wider than the paper is cut at the page's edge.
 * `beforeprint` comes before the print layout, so the width is worked out there; once the print
 * styles apply (`matchMedia('print')`) the chart is measured again as laid out.
 */
export function usePrintSize(chart: Ref<Resizable | null | undefined>) {
  const el = () => (chart.value?.$el instanceof HTMLElement ? chart.value.$el : null)
  const fit = () => {
    const box = el()
    if (box) chart.value?.resize({ width: printedWidth(box) })
  }
  // 'auto': a width once given stays fixed in ECharts until it is told to measure again.
  const measure = () => chart.value?.resize({ width: 'auto' })
  const print = matchMedia('print')
  // Plain listeners rather than VueUse's: VueUse is one module, and using it here would bring every
  // VueUse function the screen uses (3.4 KB gzip) into the overview's first load.
  addEventListener('beforeprint', fit)
  addEventListener('afterprint', measure)
  print.addEventListener('change', measure)
  onScopeDispose(() => {
    removeEventListener('beforeprint', fit)
    removeEventListener('afterprint', measure)
    print.removeEventListener('change', measure)
  })
}
