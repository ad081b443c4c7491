// The checks `npm test` runs before the tests, in two lanes side by side: each check but the build
// keeps one core busy, and the lint (type-aware) takes as long as the type-check, unused code, message
// keys and build together. Each check's output is printed whole when it ends, so lanes do not mix.
// Run by npm test: tsx scripts/checks.ts
import { spawn } from 'node:child_process'

const LANES = [
  ['prettier --check .', 'eslint .'],
  ['vue-tsc --build', 'knip', 'knip --production', 'tsx scripts/checkMessages.ts', 'vite build'],
]

/** Runs `command` (from node_modules/.bin, which npm puts on the PATH); resolves whether it passed. */
function run(command: string): Promise<boolean> {
  const started = performance.now()
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += String(c)))
  child.stderr.on('data', (c: Buffer) => (output += String(c)))
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0)
      process.stdout.write(`${code === 0 ? '✓' : '✗'} ${command} (${seconds} s)\n${output}`)
      resolve(code === 0)
    })
  })
}

/** A lane stops at its first failure; the other lane goes on, so one run reports both. */
async function lane(commands: readonly string[]): Promise<boolean> {
  for (const command of commands) if (!(await run(command))) return false
  return true
}

const passed = await Promise.all(LANES.map(lane))
if (!passed.every(Boolean)) process.exitCode = 1
