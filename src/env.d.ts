/// <reference types="vite/client" />

// ECharts' modules that register one part when they run (see src/charts/echarts.ts): nothing to import from them.
declare module 'echarts/lib/chart/bar'
declare module 'echarts/lib/component/legend'
declare module 'echarts/lib/component/tooltip'
