/**
 * The words the API's bodies and the domain share, each one `as const` list that its type, its
 * schema (contract/api.ts), its parsing and its labels derive from. Plain values with no import: the
 * app bundles this module (through the domain), never TypeBox.
 */

/** A flow is counted over a period, a stock at its end, a ratio (a density) at its end too. */
export const INDICATOR_KINDS = ['flow', 'stock', 'ratio'] as const
export type IndicatorKind = (typeof INDICATOR_KINDS)[number]

export const REGION_LEVELS = ['province', 'city', 'county', 'other'] as const
export type RegionLevel = (typeof REGION_LEVELS)[number]

/** An error stops a file's figures (or the rows it is on); a warning only asks for a look. */
export const SEVERITIES = ['error', 'warning'] as const

/** What a located problem in an input file is: each names a message the app translates (`problem.<code>`). */
export const PROBLEM_CODES = [
  'missingColumn',
  'unknownRegion',
  'unknownIndicator',
  'badPeriod',
  'badValue',
  'negativeCount',
  'badStatus',
  'unitMismatch',
  'duplicateConflict',
  'badBulletin',
  'badCatalogue',
  'missingPeriod',
  'totalMismatch',
  'totalWithoutParent',
  'implausibleJump',
  'unknownLayout',
  'emptyFile',
  'notText',
  'decodeFailed',
  'unclosedQuote',
  'sourceNotLink',
  'noValue',
  'rankMismatch',
  'badPlan',
  'tooManyColumns',
  'cellTooLong',
  'growthRate',
  'flowAsOf',
  'hiddenCharacter',
  'htmlInText',
  'tooManyItems',
  'itemTooLong',
  'tooManyBulletins',
  'badApplicationNumber',
  'patentConflict',
  'unknownLegalStatus',
  'badDate',
  'grantBeforeFiling',
  'dateAfterExport',
  'mixedCities',
  'notPatentFile',
  'patentFileDamaged',
  'badPatentRecord',
  'badPlaceRule',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** The pages a meeting-room screen rotates through, in their order; a screen reports the one it shows. */
export const SCREEN_PAGES = ['kpi', 'trends', 'ranking', 'watch', 'map', 'bulletin'] as const
export type ScreenPage = (typeof SCREEN_PAGES)[number]
