/**
 * A published version as the server keeps it (meta.json) and lists it to analysts, and as it lists it
 * to anyone else (without who made it). Its shapes are the API's, declared once in contract/api.ts.
 */
export type { PublicVersionInfo, VersionCounts, VersionInfo } from '../../contract/api'
