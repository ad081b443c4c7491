import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../support/embedded'
import { longCsv } from '../support/longFile'
import { pairedIngestRatio } from '../support/ingest'

// The whole import pipeline against raw Papa.parse on the same million-row file, in this process:
// a ratio, so a slow or busy machine slows both sides alike. Measured 1.1 when this budget was
// set; the benchmark's goal is 0.8 (docs/performance.md). Falling below 0.8 means a regression: with
// the file read twice over (the reading twice as slow) this measured 0.60 on a busy 2-core machine.
const BUDGET = 0.8
const PAIRS = 7

describe('ingest speed against PapaParse', () => {
  it(`reads, checks and indexes a 1,000,000-row long file at ≥ ${BUDGET}× the speed of raw Papa.parse`, async () => {
    const bytes = new TextEncoder().encode(longCsv(1_000_000))
    const { ratio, ratios, ours, papaStrings } = await pairedIngestRatio(bytes, loadCatalogue(), PAIRS)
    const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ')
    console.log(
      `ingest: ratio ${ratio.toFixed(2)} (median of ${PAIRS} pairs: ${ratios.map((r) => r.toFixed(2)).join(' ')}); ` +
        `ours ${ms(ours)} ms, Papa strings ${ms(papaStrings)} ms`,
    )
    expect(ratio).toBeGreaterThanOrEqual(BUDGET)
  }, 240_000)
})
