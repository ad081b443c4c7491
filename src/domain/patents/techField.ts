import { halfWidth } from '../import/text'

const SECTORS = [
  { zh: '电气工程', en: 'Electrical engineering' },
  { zh: '仪器', en: 'Instruments' },
  { zh: '化学', en: 'Chemistry' },
  { zh: '机械工程', en: 'Mechanical engineering' },
  { zh: '其他领域', en: 'Other fields' },
] as const

/**
 * WIPO's 35 technology fields in five sectors, as WIPO's statistics report patents by field:
 * Schmoch, U. (2008), "Concept of a technology classification for country comparisons", final
 * report to WIPO, Table 2 (update May 2008), which WIPO publishes as its IPC–Technology
 * Concordance Table (https://www.wipo.int/documents/2948119/3215563/wipo_ipc_technology.pdf, and
 * as a spreadsheet, .../ipc_technology.xlsx). The Chinese names are those Chinese patent
 * statistics give the fields.
 */
export const TECH_FIELDS = [
  field(1, '电气工程', '电气机械、设备和能源', 'Electrical machinery, apparatus, energy'),
  field(2, '电气工程', '音像技术', 'Audio-visual technology'),
  field(3, '电气工程', '电信', 'Telecommunications'),
  field(4, '电气工程', '数字通信', 'Digital communication'),
  field(5, '电气工程', '基本通信程序', 'Basic communication processes'),
  field(6, '电气工程', '计算机技术', 'Computer technology'),
  field(7, '电气工程', '管理用信息技术方法', 'IT methods for management'),
  field(8, '电气工程', '半导体', 'Semiconductors'),
  field(9, '仪器', '光学', 'Optics'),
  field(10, '仪器', '测量', 'Measurement'),
  field(11, '仪器', '生物材料分析', 'Analysis of biological materials'),
  field(12, '仪器', '控制', 'Control'),
  field(13, '仪器', '医学技术', 'Medical technology'),
  field(14, '化学', '有机精细化学', 'Organic fine chemistry'),
  field(15, '化学', '生物技术', 'Biotechnology'),
  field(16, '化学', '药品', 'Pharmaceuticals'),
  field(17, '化学', '高分子化学、聚合物', 'Macromolecular chemistry, polymers'),
  field(18, '化学', '食品化学', 'Food chemistry'),
  field(19, '化学', '基础材料化学', 'Basic materials chemistry'),
  field(20, '化学', '材料、冶金', 'Materials, metallurgy'),
  field(21, '化学', '表面技术、涂层', 'Surface technology, coating'),
  field(22, '化学', '微观结构和纳米技术', 'Micro-structural and nano-technology'),
  field(23, '化学', '化学工程', 'Chemical engineering'),
  field(24, '化学', '环境技术', 'Environmental technology'),
  field(25, '机械工程', '装卸', 'Handling'),
  field(26, '机械工程', '机床', 'Machine tools'),
  field(27, '机械工程', '发动机、泵、涡轮机', 'Engines, pumps, turbines'),
  field(28, '机械工程', '纺织和造纸机器', 'Textile and paper machines'),
  field(29, '机械工程', '其他特殊机械', 'Other special machines'),
  field(30, '机械工程', '热工过程和器具', 'Thermal processes and apparatus'),
  field(31, '机械工程', '机械零件', 'Mechanical elements'),
  field(32, '机械工程', '运输', 'Transport'),
  field(33, '其他领域', '家具、游戏', 'Furniture, games'),
  field(34, '其他领域', '其他消费品', 'Other consumer goods'),
  field(35, '其他领域', '土木工程', 'Civil engineering'),
] as const

type TechSector = (typeof SECTORS)[number]['zh']

interface TechField {
  readonly id: number
  readonly zh: string
  readonly en: string
  readonly sector: TechSector
  readonly sectorEn: string
}

function field(id: number, sector: TechSector, zh: string, en: string): TechField {
  return { id, zh, en, sector, sectorEn: SECTORS.find((s) => s.zh === sector)?.en ?? sector }
}

/**
 * Table 2's IPC codes of each field, in its own order. A three-character code (F21) is a class,
 * every subclass of it (the table's F21#); a subclass with a number (H04N 3) is that main group;
 * with a range (B01D 1-39) those main groups. The table writes B01D's split as B01D-000#, -01##,
 * -02##, -03## (main groups 1–39), -041, -043, -057, -059, -06##, -07## (60–79) for chemical
 * engineering and -045 … -053 for environmental technology, and E01F's as E01F-001 … -009 and
 * -01# (10–19) for civil engineering and E01F-008 for environmental technology.
 *
 * The more specific code wins: G06Q (field 7) over the rest of G06 (field 6), G01N 33 (field 11)
 * over the rest of G01N (field 10), A61K 8, cosmetics (field 14), over the rest of A61K (field 16):
 * Table 2's "(G06# not G06Q)", "(G01N not G01N-033)" and "A61K not A61K-008".
 */
const TABLE: readonly (readonly [number, string])[] = [
  [1, 'F21 H01B H01C H01F H01G H01H H01J H01K H01M H01R H01T H02 H05B H05C H05F H99Z'],
  [2, 'G09F G09G G11B H04N3 H04N5 H04N9 H04N13 H04N15 H04N17 H04R H04S H05K'],
  [3, 'G08C H01P H01Q H04B H04H H04J H04K H04M H04N1 H04N7 H04N11 H04Q'],
  // H04W (2009) and H04N 21 (2011) were made after Table 2: WIPO's concordance table counts them
  // with H04L as digital communication.
  [4, 'H04L H04W H04N21'],
  [5, 'H03'],
  [6, 'G06 G11C G10L'],
  [7, 'G06Q'],
  [8, 'H01L'],
  [9, 'G02 G03B G03C G03D G03F G03G G03H H01S'],
  [10, 'G01B G01C G01D G01F G01G G01H G01J G01K G01L G01M G01N G01P G01R G01S G01V G01W G04 G12B G99Z'],
  [11, 'G01N33'],
  [12, 'G05B G05D G05F G07 G08B G08G G09B G09C G09D'],
  [13, 'A61B A61C A61D A61F A61G A61H A61J A61L A61M A61N H05G'],
  [14, 'C07B C07C C07D C07F C07H C07J C40B A61K8 A61Q'],
  [15, 'C07G C07K C12M C12N C12P C12Q C12R C12S'],
  [16, 'A61K'],
  [17, 'C08B C08C C08F C08G C08H C08K C08L'],
  [18, 'A01H A21D A23B A23C A23D A23F A23G A23J A23K A23L C12C C12F C12G C12H C12J C13D C13F C13J C13K'],
  [
    19,
    'A01N A01P C05 C06 C09B C09C C09F C09G C09H C09K C09D C09J C10B C10C C10F C10G C10H C10J C10K C10L C10M C10N C11B C11C C11D C99Z',
  ],
  [20, 'C01 C03C C04 C21 C22 B22'],
  [21, 'B05C B05D B32 C23 C25 C30'],
  [22, 'B81 B82'],
  [
    23,
    'B01B B01D1-39 B01D41 B01D43 B01D57 B01D59 B01D60-79 B01F B01J B01L B02C B03 B04 B05B B06B B07 B08 D06B D06C D06L F25J F26 C14C H05H',
  ],
  [24, 'A62D B01D45-47 B01D49-53 B09 B65F C02 F01N F23G F23J G01T E01F8 A62C'],
  [25, 'B25J B65B B65C B65D B65G B65H B66 B67'],
  [26, 'B21 B23 B24 B26D B26F B27 B30 B25B B25C B25D B25F B25G B25H B26B'],
  [27, 'F01B F01C F01D F01K F01L F01M F01P F02 F03 F04 F23R G21 F99Z'],
  [28, 'A41H A43D A46D C14B D01 D02 D03 D04B D04C D04G D04H D05 D06G D06H D06J D06M D06P D06Q D99Z B31 D21 B41'],
  [
    29,
    'A01B A01C A01D A01F A01G A01J A01K A01L A01M A21B A21C A22 A23N A23P B02B C12L C13C C13G C13H B28 B29 C03B C08J B99Z F41 F42',
  ],
  [30, 'F22 F23B F23C F23D F23H F23K F23L F23M F23N F23Q F24 F25B F25C F27 F28'],
  [31, 'F15 F16 F17 G05G'],
  [32, 'B60 B61 B62 B63B B63C B63G B63H B63J B64'],
  [33, 'A47 A63'],
  [
    34,
    'A24 A41B A41C A41D A41F A41G A42 A43B A43C A44 A45 A46B A62B B42 B43 D04D D07 G10B G10C G10D G10F G10G G10H G10K B44 B68 D06F D06N F25D A99Z',
  ],
  [35, 'E02 E01B E01C E01D E01F1 E01F3 E01F5 E01F7 E01F9 E01F10-19 E01H E03 E04 E05 E06 E21 E99Z'],
]

/** Field by class (F21), subclass (H01B) or subclass and main group (H04N/3). */
const FIELD_OF = new Map<string, number>(
  TABLE.flatMap(([id, codes]) =>
    codes.split(' ').flatMap((code) => {
      const [, symbol = '', from, to] = /^([A-H]\d\d[A-Z]?)(?:(\d+)(?:-(\d+))?)?$/.exec(code) ?? []
      if (from === undefined) return [[symbol, id] as const]
      const groups = Array.from({ length: Number(to ?? from) - Number(from) + 1 }, (_, i) => Number(from) + i)
      return groups.map((group) => [`${symbol}/${group}`, id] as const)
    }),
  ),
)

// The main group as exports write it: G06F 16/245, H01M10/0525, A61K-031/00, or A61K0031000000.
const IPC = /^([A-H]\d\d)([A-Z])[\s-]*(\d{1,4})?/

/**
 * The technology field of one IPC code ("G06F 16/245", "H01M10/0525", "A61K 31/00"), or none
 * for a code the table does not list (a subclass made after it and not assigned since, such as
 * G16H or H10K, or an indexing code). The table counts organic fine chemistry (C07, C40B) and
 * biotechnology (C07G, C07K, C12) only for applications with no code in A61K: those are
 * pharmaceuticals. Pass the application's other codes as `alongside` to apply that rule.
 */
export function techField(ipc: string, alongside: readonly string[] = []): number | undefined {
  const code = halfWidth(ipc).trim().toUpperCase()
  const id = fieldOf(code)
  // A61K 8 and A61Q count as organic fine chemistry whatever else the application holds.
  if ((id === 14 || id === 15) && code.startsWith('C') && alongside.some(isPharmaceutical)) return undefined
  return id
}

function fieldOf(code: string): number | undefined {
  const [, klass, sub, group] = IPC.exec(code) ?? []
  if (!klass || !sub) return undefined
  const subclass = klass + sub
  return (
    (group === undefined ? undefined : FIELD_OF.get(`${subclass}/${Number(group)}`)) ??
    FIELD_OF.get(subclass) ??
    FIELD_OF.get(klass)
  )
}

// Any code of A61K, cosmetics (A61K 8) included: Table 2 excludes chemistry co-classified in A61K.
const isPharmaceutical = (ipc: string) => /^A61K/.test(halfWidth(ipc).trim().toUpperCase())
