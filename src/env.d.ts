/// <reference types="vite/client" />

// ECharts' modules that register one part when they run (see src/charts/echarts.ts): nothing to import from them.
declare module 'echarts/lib/chart/bar'
declare module 'echarts/lib/component/legend'
declare module 'echarts/lib/component/tooltip'
// ECharts' own overlap rule for labels (src/charts/labelLayout.ts): the part of its helpers that module uses.
declare module 'echarts/lib/label/labelLayoutHelper' {
  export interface LabelLayout {
    label: object
    priority: number
    defaultAttr: object
  }
  export function newLabelLayoutWithGeometry(base: object, source: LabelLayout): LabelLayout
  export function hideOverlap(labels: LabelLayout[]): void
}
