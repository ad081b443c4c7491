import { describe, expect, it } from 'vitest'
import { TECH_FIELDS, techField } from '@/domain/patents/techField'

describe('TECH_FIELDS', () => {
  it('are the 35 fields, numbered 1 to 35, in five sectors', () => {
    expect(TECH_FIELDS.map((f) => f.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1))
    const sizes = new Map<string, number>()
    for (const f of TECH_FIELDS) sizes.set(f.sector, (sizes.get(f.sector) ?? 0) + 1)
    expect([...sizes]).toEqual([
      ['电气工程', 8],
      ['仪器', 5],
      ['化学', 11],
      ['机械工程', 8],
      ['其他领域', 3],
    ])
    expect(TECH_FIELDS[23]).toMatchObject({ id: 24, en: 'Environmental technology', sectorEn: 'Chemistry' })
  })
})

describe('techField', () => {
  it.each([
    // 电气工程 electrical engineering
    ['H01M 10/0525', 1],
    ['H02J 7/00', 1],
    ['F21V 29/00', 1],
    ['H02S 40/00', 1],
    ['G09G 3/32', 2],
    ['H04N 5/232', 2],
    ['H05K 7/20', 2],
    ['H04N 1/00', 3],
    ['H04N 7/18', 3],
    ['H04B 10/00', 3],
    ['H01Q 1/22', 3],
    ['H04L 29/08', 4],
    ['H04W 4/02', 4],
    ['H04N 21/466', 4],
    ['H03K 17/00', 5],
    ['G06F 16/245', 6],
    ['G06N 3/08', 6],
    ['G06T 7/00', 6],
    ['G06V 10/82', 6],
    ['G10L 15/22', 6],
    ['G11C 16/00', 6],
    ['G06Q 50/06', 7],
    ['H01L 21/00', 8],
    // 仪器 instruments
    ['G02B 6/00', 9],
    ['H01S 5/00', 9],
    ['G01N 21/00', 10],
    ['G01R 31/00', 10],
    ['G01S 7/00', 10],
    ['G04B 19/00', 10],
    ['G01N 33/53', 11],
    ['G05B 19/418', 12],
    ['G08G 1/00', 12],
    ['G07C 9/00', 12],
    ['A61B 5/00', 13],
    ['A61M 5/00', 13],
    ['H05G 1/00', 13],
    // 化学 chemistry
    ['C07D 401/14', 14],
    ['A61K 8/02', 14],
    ['A61Q 19/00', 14],
    ['C12N 15/00', 15],
    ['C07K 14/00', 15],
    ['A61K 31/00', 16],
    ['A61K 36/00', 16],
    ['C08L 23/00', 17],
    ['A23L 33/00', 18],
    ['C13K 1/00', 18],
    ['C09D 5/00', 19],
    ['A01N 43/00', 19],
    ['C22C 38/00', 20],
    ['B22F 3/00', 20],
    ['C04B 28/00', 20],
    ['C23C 14/00', 21],
    ['B32B 27/00', 21],
    ['B82Y 30/00', 22],
    ['B01J 23/00', 23],
    ['B01D 3/00', 23],
    ['B01D 29/00', 23],
    ['B01D 61/00', 23],
    ['B01D 71/00', 23],
    ['F26B 9/00', 23],
    ['B01D 46/00', 24],
    ['B01D 53/00', 24],
    ['C02F 1/00', 24],
    ['B09B 3/00', 24],
    ['E01F 8/00', 24],
    // 机械工程 mechanical engineering
    ['B65G 47/00', 25],
    ['B25J 9/16', 25],
    ['B23K 26/00', 26],
    ['B25B 11/00', 26],
    ['F02M 26/00', 27],
    ['G21C 3/00', 27],
    ['D01F 6/00', 28],
    ['B41J 2/00', 28],
    ['A01B 49/00', 29],
    ['B29C 45/00', 29],
    ['F24F 11/00', 30],
    ['F25B 39/00', 30],
    ['F16K 31/00', 31],
    ['G05G 1/00', 31],
    ['B60L 53/00', 32],
    ['B61D 17/00', 32],
    ['B64U 10/00', 32],
    // 其他领域 other fields
    ['A47J 27/00', 33],
    ['A63B 21/00', 33],
    ['A45C 11/00', 34],
    ['F25D 11/00', 34],
    ['E04B 1/00', 35],
    ['E21B 43/00', 35],
    ['E01F 15/00', 35],
    ['E01F 9/00', 35],
  ] as const)('puts %s in field %i', (ipc, id) => {
    expect(techField(ipc)).toBe(id)
  })

  it.each([
    ['H01M10/0525', 1],
    ['h01m 10/0525', 1],
    ['Ｈ０１Ｍ　１０／０５２５', 1],
    ['A61K-031/00', 16],
    ['A61K0008000000', 14],
    ['A61K0031000000', 16],
    ['A61K8', 14],
    ['A61K', 16],
    ['G01N', 10],
    ['  G06Q 10/06 ', 7],
  ] as const)('reads the code as written: %j', (ipc, id) => {
    expect(techField(ipc)).toBe(id)
  })

  it.each(['G16H 50/20', 'H10K 50/00', 'H04N 19/00', 'B01D 44/00', 'Y02E 60/10', 'A61P 35/00', '', '发明', 'X01A'])(
    'gives no field to %j, which the table does not list',
    (ipc) => {
      expect(techField(ipc)).toBeUndefined()
    },
  )

  it('leaves chemistry co-classified in A61K to pharmaceuticals', () => {
    expect(techField('C07D 401/14', ['C07D 401/14', 'A61K 31/4439', 'A61P 35/00'])).toBeUndefined()
    expect(techField('C12N 15/113', ['A61K 48/00'])).toBeUndefined()
    expect(techField('C07D 401/14', ['A61K 8/49'])).toBeUndefined()
    expect(techField('A61K 31/4439', ['C07D 401/14'])).toBe(16)
    expect(techField('C07D 401/14', ['C07D 403/12', 'A61P 35/00'])).toBe(14)
    // Cosmetics are organic fine chemistry whatever else the application holds.
    expect(techField('A61K 8/49', ['A61K 31/00'])).toBe(14)
    expect(techField('A61Q 19/00', ['A61K 31/00'])).toBe(14)
  })

  it('gives every field to some code', () => {
    const sample =
      'H02J H04N5 H04B H04L H03K G06F G06Q H01L G02B G01B G01N33 G05B A61B C07D C12N A61K C08L A23L C09D C22C C23C B82Y B01J C02F B65G B23K F02M D01F B29C F24F F16K B60L A47J A45C E04B'
    expect(sample.split(' ').map((c) => techField(c))).toEqual(TECH_FIELDS.map((f) => f.id))
  })
})
