import { normaliseName } from '../../catalogue'

/** Labels of a table's total row, folded as names are matched. */
const TOTAL_LABELS = new Set(['合计', '总计', '全省', '全市', '全县', '全区', '总数', '小计', 'total', 'sum'])

/** Whether a label names a table's total row, however it is spaced or cased: "全 省", "Total". */
export const isTotalLabel = (label: string) => TOTAL_LABELS.has(normaliseName(label))
