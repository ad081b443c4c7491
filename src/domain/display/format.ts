/**
 * The display layer: every number, unit, period and date the app shows goes through these, in
 * either language, on the runtime's Intl formatters.
 */
export {
  formatExactLargeNumber,
  formatExactNumber,
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatShare,
  formatShortNumber,
} from './number'
export { formatExactQuantity, formatQuantity, unitBeside, unitText } from './unit'
export { RANGE_DASH, formatPeriodLabel, formatYear, formatYearSpan } from './periodLabel'
export { formatClock, formatDate, formatDateTime, formatToday } from './calendarDate'
