import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../support/embedded'
import { longCsv } from '../support/longFile'
import { measureIngest } from '../support/ingest'

// The whole import pipeline against raw Papa.parse on the same million-row file, in this process:
// a ratio, so a slow or busy machine slows both sides alike. Measured 1.1 when this budget was
// set; the benchmark's goal is 0.8 (docs/performance.md). Falling below 0.8 means a regression.
const BUDGET = 0.8

describe('ingest speed against PapaParse', () => {
  it(`reads, checks and indexes a 1,000,000-row long file at ≥ ${BUDGET}× the speed of raw Papa.parse`, async () => {
    const bytes = new TextEncoder().encode(longCsv(1_000_000))
    const run = await measureIngest(bytes, loadCatalogue(), 5)
    // The fastest of five each: a busy neighbour only ever adds time, so the minimum is the steadiest estimate.
    const [ours, papa] = [Math.min(...run.ours), Math.min(...run.papaStrings)]
    const ratio = papa / ours
    console.log(
      `ingest: ours ${ours.toFixed(0)} ms, Papa strings ${papa.toFixed(0)} ms (fastest of 5), ratio ${ratio.toFixed(2)}`,
    )
    expect(ratio).toBeGreaterThanOrEqual(BUDGET)
  }, 120_000)
})
