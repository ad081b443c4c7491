// What the screen's trend charts ask for with `labelLayout: { hideOverlap: true }`, by ECharts' own
// rule (its `hideOverlap`): of two overlapping labels the one on the larger symbol stays. ECharts'
// LabelLayout feature does it too, but it would keep label helpers the overview never runs in the
// first chart's chunk (0.9 KB gzip); this registers the hiding alone, with the screen's code.
import { registerUpdateLifecycle } from 'echarts/core'
import { hideOverlap, newLabelLayoutWithGeometry, type LabelLayout } from 'echarts/lib/label/labelLayoutHelper'

registerUpdateLifecycle('series:layoutlabels', (_model, api, params) => {
  const labels: LabelLayout[] = []
  for (const series of params.updatedSeries ?? []) {
    const layout = series.get('labelLayout')
    if (typeof layout !== 'object' || !layout.hideOverlap) continue
    api.getViewOfSeriesModel(series).group.traverse((el) => {
      const label = el.getTextContent()
      // A label hidden by its own option stays hidden; one hidden here last time was drawn again since.
      if (!label || label.ignore) return
      const host = el.getBoundingRect().clone()
      host.applyTransform(el.getComputedTransform())
      labels.push(newLabelLayoutWithGeometry({}, { label, priority: host.width * host.height, defaultAttr: {} }))
    })
  }
  hideOverlap(labels)
})
