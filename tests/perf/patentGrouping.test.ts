import { describe, expect, it } from 'vitest'
import { groupingAgainstArquero } from '../../scripts/bench/patents'

// The drill-through's grouping (region → first applicant, the top applicants of the city and each
// county) against Arquero's on the same 200,000 records, in this process: a ratio of CPU times, so
// neither a slow machine nor other processes holding the cores move it. The goal is 3×;
// measured 4.7× at 100,000 records on a machine at load 14 when this budget was set.
const BUDGET = 3
const ROUNDS = 5

describe('patent grouping against Arquero', () => {
  it(`groups 200,000 records at ≥ ${BUDGET}× the speed of Arquero`, () => {
    const { ours, arquero, ratio } = groupingAgainstArquero(200_000, ROUNDS)
    console.log(
      `patent grouping: ratio ${ratio.toFixed(2)}; CPU ms, ours ${ours.toFixed(0)}, Arquero ${arquero.toFixed(0)}`,
    )
    expect(ratio).toBeGreaterThanOrEqual(BUDGET)
  }, 600_000)
})
