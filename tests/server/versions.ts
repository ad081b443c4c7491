import { beforeEach, expect } from 'vitest'
import { csvOf, login, publishCsv, realRow, start, type TempDirs } from './helpers'

/** A row of the published observations with another value, its source saying it is no published figure. */
export const testEdit = (row: string, value: number) =>
  row.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, `$1${value}`).replace(/,[^,]*$/, ',test edit: not a published figure')

/** Publishes test edits as versions 2 and 3 (values 5190, 5191), then stops the server. */
export async function threeVersions(dirs: TempDirs): Promise<void> {
  const server = await start(dirs)
  const cookie = await login(server.url, 'alice')
  const row = await realRow('衡阳市,2022,patent_grants,')
  for (const [base, value] of [
    [1, 5190],
    [2, 5191],
  ] as const) {
    const res = await publishCsv(server.url, cookie, {
      baseVersion: base,
      name: `v${base + 1}.csv`,
      csv: csvOf(testEdit(row, value)),
    })
    expect(res.status).toBe(200)
  }
  await server.close()
}

/** What a server logs, kept for the test that reads it and emptied before each test. */
export function keptLog() {
  const logged: string[] = []
  beforeEach(() => {
    logged.length = 0
  })
  return { logged, log: (message: string) => logged.push(message) }
}
