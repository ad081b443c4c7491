import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../support/embedded'
import { longCsv } from '../support/longFile'
import { ingestRatio } from '../support/ingest'

// The whole import pipeline against raw Papa.parse on the same million-row file, in this process:
// a ratio of CPU times, so neither a slow machine nor other processes holding the cores move it.
// Measured 1.1 when this budget was set; the benchmark's goal is 0.8 (docs/performance.md).
// Falling below 0.8 means a regression: with the file read twice over (the pipeline about 1.6× as
// slow) this measured 0.64, its rounds 0.60–0.66, beside a process keeping a core busy.
const BUDGET = 0.8
const ROUNDS = 5

describe('ingest speed against PapaParse', () => {
  it(`reads, checks and indexes a 1,000,000-row long file at ≥ ${BUDGET}× the speed of raw Papa.parse`, async () => {
    const bytes = new TextEncoder().encode(longCsv(1_000_000))
    const { ratio, ratios, ours, papaStrings } = await ingestRatio(bytes, loadCatalogue(), ROUNDS)
    const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ')
    console.log(
      `ingest: ratio ${ratio.toFixed(2)} (median of ${ROUNDS} rounds: ${ratios.map((r) => r.toFixed(2)).join(' ')}); ` +
        `CPU ms, ours ${ms(ours)}, Papa strings ${ms(papaStrings)}`,
    )
    expect(ratio).toBeGreaterThanOrEqual(BUDGET)
    // About 90 s of CPU: beside other test files on a loaded machine, over 4 minutes of wall time.
  }, 600_000)
})
