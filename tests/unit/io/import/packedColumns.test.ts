import { describe, expect, it } from 'vitest'
import { packColumns, unpackColumns } from '@/io/import/packedColumns'
import { columnsOf, observationAt } from '@/domain/columns'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

describe('imports packed for IndexedDB', () => {
  it('come back figure for figure', async () => {
    const columns = columnsOf(dataset.observations)
    const back = await unpackColumns(packColumns(columns))
    expect(back.length).toBe(columns.length)
    for (let i = 0; i < columns.length; i += 37) expect(observationAt(back, i)).toEqual(observationAt(columns, i))
    expect([...back.value]).toEqual([...columns.value])
  })

  it('refuse a damaged record instead of reading garbage', async () => {
    const packed = packColumns(columnsOf(dataset.observations.slice(0, 10)))
    await expect(unpackColumns({ ...packed, numbers: packed.numbers.slice(0, 100) })).rejects.toThrow(
      'stored import is damaged',
    )
  })
})
