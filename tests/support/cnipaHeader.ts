/** The header of CNIPA's search export, one row per published document. */
export const CNIPA = [
  '申请号',
  '申请日',
  '公开（公告）号',
  '公开（公告）日',
  '发明名称',
  'IPC分类号',
  '申请（专利权）人',
  '发明人',
  '申请人地址',
  '申请人邮编',
  '申请人所在国（省）',
  '代理机构',
  '法律状态',
  '文献类型',
]
