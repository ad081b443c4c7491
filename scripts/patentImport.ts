/**
 * `tsx --tsconfig tsconfig.app.json scripts/patentImport.ts <list.csv> [yyyymmdd]`: reads a patent
 * list file as the import worker does (64 KiB chunks, decoded and streamed into the pipeline, the
 * export date the analyst's or else the list's own) and prints one JSON line: wall and CPU
 * milliseconds, applications, derived figures. The benchmark and tests/perf run it in a process of
 * its own with V8's heap capped and its collections traced: the largest heap the import needs.
 */
import { createReadStream } from 'node:fs'
import { readFile } from '../src/io/import/readFile'
import { readPlaceLookup } from '../src/domain/patents/place'
import { loadCatalogue, readData } from '../tests/support/embedded'

const [path, exported] = process.argv.slice(2)
if (!path) throw new Error('usage: patentImport.ts <list.csv> [yyyymmdd]')
const context = {
  catalogue: loadCatalogue(),
  homeRegion: '衡阳市',
  fileName: 'list.csv',
  patents: {
    lookup: readPlaceLookup(readData('places.csv')),
    published: [],
    exported: exported ? Number(exported) : undefined,
  },
}
const cpu = process.cpuUsage()
const start = performance.now()
const result = await readFile(() => createReadStream(path, { highWaterMark: 1 << 16 }), { context })
const used = process.cpuUsage(cpu)
if (!result.ok || !result.patents) throw new Error(`not read as a patent list: ${JSON.stringify(result).slice(0, 200)}`)
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - start),
    cpuMs: Math.round((used.user + used.system) / 1000),
    applications: result.patents.applications,
    figures: result.patents.derived,
  }),
)
