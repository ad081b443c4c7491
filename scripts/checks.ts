// The checks `npm test` runs before the tests, in two lanes side by side: each check but the build
// keeps one core busy, and the lint (type-aware) takes as long as the type-check, unused code, message
// keys and build together. Each check's output is printed whole when it ends, so lanes do not mix.
// With --tests (npm test), the tests follow the build in its lane: they need the build, not the lint,
// and start on the core the shorter lane leaves idle while the lint finishes.
// Run by npm run checks (tsx scripts/checks.ts), and by npm test with --tests.
import { spawn } from 'node:child_process'

const TESTS = 'vitest run'
const LANES = [
  ['prettier --check .', 'eslint .'],
  [
    'vue-tsc --build',
    'knip',
    'knip --production',
    'tsx scripts/checkMessages.ts',
    'vite build',
    ...(process.argv.includes('--tests') ? [TESTS] : []),
  ],
]

/**
 * Runs `command` (from node_modules/.bin, which npm puts on the PATH); resolves whether it passed.
 * The tests print as they go: they take minutes, and their reporter writes one line a file.
 */
function run(command: string): Promise<boolean> {
  const started = performance.now()
  const streamed = command === TESTS
  const child = spawn(command, {
    shell: true,
    stdio: ['ignore', streamed ? 'inherit' : 'pipe', streamed ? 'inherit' : 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (c: Buffer) => (output += String(c)))
  child.stderr?.on('data', (c: Buffer) => (output += String(c)))
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
