/** Labels of a table's total row. */
export const TOTAL_LABELS = new Set(['合计', '总计', '全省', '全市', '全县', '全区', '总数', '小计', 'total', 'sum'])
