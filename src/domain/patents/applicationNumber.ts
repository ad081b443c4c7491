import { halfWidth } from '../import/text'
import type { PatentType } from './records'

/** A CNIPA application number: its digits without the check digit, and that check digit. */
export interface ApplicationNumber {
  readonly digits: string
  readonly check: string
  /** Whether the number carried a check digit that is not the one its digits give. */
  readonly badCheck: boolean
}

// Weights of CNIPA's check digit, from the first digit on; 10 is written X.
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

function checkDigit(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0)
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}

/**
 * Reads "CN202310123456.7", "ZL 2023 1 0123456.7", "202310123456", "2023101234567" or "98123456.X":
 * twelve digits (from 2003) or eight (before), with or without the check digit. Undefined when the
 * text is no such number.
 */
export function readApplicationNumber(text: string): ApplicationNumber | undefined {
  const m = PLAIN.exec(text) ?? FORM.exec(folded(text))
  if (!m) return undefined
  const digits = m[1] ?? ''
  const check = checkDigit(digits)
  return { digits, check, badCheck: m[2] !== '' && m[2] !== check }
}

// Most lists write numbers plainly; the others are folded first.
const PLAIN = /^(?:CN|ZL)?(\d{12}|\d{8})\.?([\dX]?)$/
const FORM = /^(\d{12}|\d{8})([\dX]?)$/

function folded(text: string): string {
  return halfWidth(text)
    .toUpperCase()
    .replace(/[\s.·]/g, '')
    .replace(/^(CN|ZL)/, '')
}

/**
 * The form records keep and show: "CN202310123456.7". Joined, it is one flat string: a template
 * would keep its four parts linked, twice the memory over a million records.
 */
export const formatApplicationNumber = (n: ApplicationNumber) => ['CN', n.digits, '.', n.check].join('')

/** CNIPA's type digit: the 5th of a twelve-digit number, the 3rd of an eight-digit one. */
export function typeFromNumber(n: ApplicationNumber): PatentType {
  const digit = n.digits.length === 12 ? n.digits[4] : n.digits[2]
  if (digit === '1' || digit === '8') return 'invention'
  if (digit === '2' || digit === '9') return 'utilityModel'
  if (digit === '3') return 'design'
  return 'unknown'
}
