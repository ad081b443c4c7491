/** A figure jumps implausibly when it is more than five times, or under a fifth of, the one it follows. */
const JUMP_FACTOR = 5

export function isImplausibleJump(value: number, before: number): boolean {
  if (before <= 0 || value <= 0) return false
  return value / before > JUMP_FACTOR || before / value > JUMP_FACTOR
}
