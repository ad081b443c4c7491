/**
 * A published version as the server keeps it (meta.json) and lists it to the app. Its shape is the
 * API's, declared once in contract/api.ts.
 */
export type { VersionCounts, VersionInfo } from '../../contract/api'
